package org.secureaccess.keycloak.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * A colour-contrast result axe could not decide on a page (it reports those as "incomplete", not as violations),
     * reviewed by a person: the element's CSS selector as axe names it, and why its contrast is fine.
     */
    public record ReviewedContrast(String selector, String reason) {

        public ReviewedContrast {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("A reviewed contrast result needs its reason: " + selector);
            }
        }
    }

    /**
     * Fails with every violation found on the page as it is now, and with every colour contrast axe could not decide
     * (how a blue-on-blue button was once missed) unless {@code reviewed} names that element with its reason.
     */
    public static void assertAccessible(Page page, String pageName, ReviewedContrast... reviewed) {
        // On a page without frames (all of ours), axe's "legacy" mode is the same rules in one axe.run in the page; the
        // default mode runs every frame partially and finishes in a new blank page, which took about three times as
        // long here (2 s a page against 0.7 s). A page with frames gets the default mode, which looks into them.
        boolean framesToLookInto = page.frames().size() > 1;
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).setLegacyMode(!framesToLookInto).analyze();
        StringBuilder report = new StringBuilder();
        for (Rule rule : results.getViolations()) {
            report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    ").append(node.getTarget()).append(" ").append(node.getHtml() == null ? "" : node.getHtml().strip());
            }
        }
        List<String> reviewedSelectors = java.util.Arrays.stream(reviewed).map(ReviewedContrast::selector).toList();
        for (Rule rule : results.getIncomplete()) {
            if (!"color-contrast".equals(rule.getId())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                if (reviewedSelectors.stream().anyMatch(target::contains)) {
                    continue;
                }
                String why = node.getAny().stream()
                        .map(check -> check.getMessage() + (check.getRelatedNodes() == null || check.getRelatedNodes().isEmpty() ? ""
                                : " (overlapped by " + check.getRelatedNodes().stream()
                                        .map(related -> related.getTarget() + " " + (related.getHtml() == null ? "" : related.getHtml().strip()))
                                        .collect(java.util.stream.Collectors.joining(", ")) + ")"))
                        .collect(java.util.stream.Collectors.joining("; "));
                report.append("\n- color-contrast undecided (fails unless reviewed): ").append(target).append(" ")
                        .append(node.getHtml() == null ? "" : node.getHtml().strip()).append(" -- ").append(why)
                        .append(" -- on top of it: ").append(elementsOverlapping(page, node.getTarget()));
            }
        }
        if (!report.isEmpty()) {
            fail("WCAG 2.1 AA violations on " + pageName + " (" + page.url() + "):" + report);
        }
    }

    /**
     * What covers part of the element axe names by {@code target} (a list of selectors, the last inside the others'
     * frames; ours have none): every element that is neither it, its ancestor nor its descendant, found at points across
     * its boxes, with its box. Tells a reviewer where to look.
     */
    private static Object elementsOverlapping(Page page, Object target) {
        String selector = String.valueOf(target).replaceAll("^\\[|]$", "");
        return page.evaluate("""
                selector => {
                  const element = document.querySelector(selector);
                  if (!element) return 'not found: ' + selector;
                  element.scrollIntoView({block: 'center'});
                  const describe = (e, r) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                      + ' [' + Math.round(r.left) + ',' + Math.round(r.top) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ']';
                  const found = new Map();
                  for (const box of element.getClientRects()) {
                    for (let x = box.left + 1; x < box.right; x += Math.max(4, box.width / 12)) {
                      for (let y = box.top + 1; y < box.bottom; y += Math.max(4, box.height / 4)) {
                        for (const other of document.elementsFromPoint(x, y)) {
                          if (other === element || other.contains(element) || element.contains(other)) continue;
                          found.set(other, describe(other, other.getBoundingClientRect()) + ' over ' + describe(element, box));
                        }
                      }
                    }
                  }
                  const own = element.getBoundingClientRect();
                  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
                    const r = ancestor.getBoundingClientRect();
                    const painted = getComputedStyle(ancestor).backgroundColor !== 'rgba(0, 0, 0, 0)';
                    if (painted && (own.left < r.left - 0.5 || own.right > r.right + 0.5 || own.top < r.top - 0.5 || own.bottom > r.bottom + 0.5)) {
                      found.set(ancestor, 'sticks out of its painted ancestor ' + describe(ancestor, r) + ': it is ' + describe(element, own));
                    }
                  }
                  return [...found.values()].join('; ') || 'nothing at the sampled points';
                }""", selector);
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

    /**
     * What axe does not look at and the theme promises: a language switch, no sideways scrolling
     * (320 px and up), 44 px targets for every control, an autocomplete hint on every text field
     * and a numeric keypad for numeric codes.
     */
    @SuppressWarnings("unchecked")
    public static void assertUsableLayout(Page page, String pageName) {
        List<String> problems = (List<String>) page.evaluate("""
                () => {
                  const problems = [];
                  const visible = e => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden';
                  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '');
                  if (!document.querySelector('nav.sa-languages a[hreflang]')) problems.push('no language switch');
                  const root = document.documentElement;
                  if (root.scrollWidth > root.clientWidth) problems.push('scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
                  const controls = 'button, select, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), a.sa-button, .sa-radio';
                  for (const e of document.querySelectorAll(controls)) {
                    if (visible(e) && e.getBoundingClientRect().height < 44) {
                      problems.push(name(e) + ' is ' + Math.round(e.getBoundingClientRect().height) + ' px tall');
                    }
                  }
                  const textFields = 'input[type=text], input[type=tel], input[type=email], input[type=password], input[type=number], input:not([type])';
                  for (const e of document.querySelectorAll(textFields)) {
                    if (visible(e) && !e.getAttribute('autocomplete')) problems.push(name(e) + ' has no autocomplete');
                    if (visible(e) && e.getAttribute('autocomplete') === 'one-time-code' && /^\\[0-9/.test(e.getAttribute('pattern') || '')
                        && e.getAttribute('inputmode') !== 'numeric') problems.push(name(e) + ' is a numeric code without inputmode=numeric');
                  }
                  return problems;
                }""");
        if (!problems.isEmpty()) {
            fail("Layout problems on " + pageName + " (" + page.url() + "): " + String.join("; ", problems));
        }
        assertButtonsReadable(page, pageName);
    }

    /**
     * Every visible button, and every link drawn as one, is readable on its own background: a contrast of at least
     * 4.5:1 between its text colour and its background colour (WCAG 1.4.3). axe reports such cases as "incomplete" rather
     * than as violations when it cannot be sure of the background, which is how a link button drawn blue on blue once
     * passed.
     */
    @SuppressWarnings("unchecked")
    public static void assertButtonsReadable(Page page, String pageName) {
        List<String> problems = (List<String>) page.evaluate("""
                () => {
                  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
                  const luminance = ([r, g, b]) => {
                    const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
                  };
                  const problems = [];
                  for (const e of document.querySelectorAll('button, input[type=submit], a.sa-button, .pf-v5-c-button')) {
                    const style = getComputedStyle(e);
                    if (e.offsetParent === null || style.visibility === 'hidden') continue;
                    const background = rgb(style.backgroundColor);
                    if (background.length < 3 || (background.length > 3 && background[3] === 0)) continue;
                    const [l1, l2] = [luminance(rgb(style.color)), luminance(background)].sort((a, b) => b - a);
                    const ratio = (l1 + 0.05) / (l2 + 0.05);
                    if (ratio < 4.5) {
                      problems.push((e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' "' + e.textContent.trim() + '": '
                          + style.color + ' on ' + style.backgroundColor + ' (' + ratio.toFixed(2) + ':1)');
                    }
                  }
                  return problems;
                }""");
        if (!problems.isEmpty()) {
            fail("Unreadable buttons on " + pageName + " (" + page.url() + "): " + String.join("; ", problems));
        }
    }

    /** As {@link #check(Page, String, String)}, on a page that must be in {@code language}. */
    public static void check(Page page, String language, String journey, String name) {
        assertEquals(language, page.locator("html").getAttribute("lang"), "page language on " + name);
        check(page, journey, name);
    }

    /** All three: accessible, usable, and pictured. */
    public static void check(Page page, String journey, String name) {
        screenshot(page, journey, name);
        assertAccessible(page, journey + "/" + name);
        assertUsableLayout(page, journey + "/" + name);
    }
}
