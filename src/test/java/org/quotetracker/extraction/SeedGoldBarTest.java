package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotetracker.eval.ArticleFile;
import org.quotetracker.eval.Figures;
import org.quotetracker.eval.GoldStandard;
import org.quotetracker.eval.Prediction;
import org.quotetracker.eval.Predictions;
import org.quotetracker.eval.Scorer;

/** The bar the extractor must hold on the hand-made gold standard of the bundled seed articles. */
class SeedGoldBarTest {

    private static List<Prediction> predictions;
    private static Figures figures;

    @BeforeAll
    static void extractSeedArticles() {
        predictions = Predictions.extract(new QuoteExtractor(), ArticleFile.seed());
        figures = Scorer.score(GoldStandard.seed(), predictions).figures();
    }

    @Test
    void extractionF1IsAtLeast97Percent() {
        assertThat(figures.extraction().f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void endToEndF1IsAtLeast95Percent() {
        assertThat(figures.endToEnd().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void roleAccuracyIsAtLeast90Percent() {
        assertThat(figures.roleAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void dateAccuracyIsAtLeast90Percent() {
        assertThat(figures.dateAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void anArticleWithOnlyParaphraseYieldsNoQuotes() {
        assertThat(predictions).noneMatch(p -> p.file().startsWith("003_"));
    }

    @Test
    void nothingIsQuotedFromBoilerplate() {
        assertThat(figures.falsePositives()).isZero();
    }
}
