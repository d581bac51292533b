package org.quotetracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotetracker.support.ApiTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An API key never reaches the log, not even in a request Tomcat cannot parse (issue 13, defect 9). */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class KeyNeverLoggedTest {

    private static final String KEY = "never-log-this-key-5f3a9c";

    @LocalServerPort
    int port;

    @Test
    void aKeyFollowedByAControlCharacterIsRefusedWithoutBeingLogged(CapturedOutput log) throws Exception {
        String request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-API-Key: " + KEY + "\u0001\r\nContent-Length: 2\r\n\r\n{}";
        String statusLine;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }

        assertThat(statusLine).startsWith("HTTP/1.1 400");
        assertThat(log.getAll()).doesNotContain(KEY);
    }
}
