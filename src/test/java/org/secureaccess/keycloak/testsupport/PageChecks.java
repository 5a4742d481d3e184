package org.secureaccess.keycloak.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * What every journey test does on every page: run axe-core's WCAG 2.1 A and AA rules (no violation
 * allowed) and keep a screenshot for the gallery in target/screenshots/&lt;journey&gt;/.
 */
public final class PageChecks {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private PageChecks() {
    }

    /** Fails with every violation found on the page as it is now. */
    public static void assertAccessible(Page page, String pageName) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder("WCAG 2.1 AA violations on ").append(pageName).append(" (").append(page.url()).append("):");
            for (Rule rule : violations) {
                report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp());
                for (CheckedNode node : rule.getNodes()) {
                    report.append("\n    ").append(node.getTarget()).append(" ").append(node.getHtml() == null ? "" : node.getHtml().strip());
                }
            }
            fail(report.toString());
        }
    }

    /** Saves a full-page screenshot as target/screenshots/&lt;journey&gt;/&lt;name&gt;.jpg (JPEG keeps the gallery small). */
    public static Path screenshot(Page page, String journey, String name) {
        try {
            Path folder = Files.createDirectories(BuildInfo.buildDirectory().resolve("screenshots").resolve(journey));
            Path file = folder.resolve(name + ".jpg");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                    .setType(com.microsoft.playwright.options.ScreenshotType.JPEG).setQuality(70));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both: accessible, and pictured. */
    public static void check(Page page, String journey, String name) {
        screenshot(page, journey, name);
        assertAccessible(page, journey + "/" + name);
    }
}
