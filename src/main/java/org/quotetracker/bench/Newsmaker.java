package org.quotetracker.bench;

/** A person the synthetic corpus quotes again and again, with one title and the pronoun articles use for them. */
record Newsmaker(String firstName, String surname, String title, boolean female) {

    String fullName() {
        return firstName + " " + surname;
    }

    String pronoun() {
        return female ? "she" : "he";
    }
}
