package org.secureaccess.keycloak.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright: one browser for the whole test JVM, a fresh context (cookies,
 * storage) per test. Register with {@code @RegisterExtension static Chromium chromium = new Chromium();}.
 *
 * <p>The browser is Debian's {@code chromium-headless-shell}: the same Chromium release as the {@code chromium}
 * package, built as the headless shell that Playwright itself uses for headless runs. The full browser's headless
 * mode also renders its own user interface in a hidden window, which cost about 40 % more CPU time on our pages
 * (measured: 247 s against 150 s of Chromium CPU for LoginHistoryIT and JourneysIT). {@code
 * -Dsecureaccess.chromium=/usr/bin/chromium} runs the same tests in the full browser.
 */
public class Chromium implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final Path EXECUTABLE = Path.of(System.getProperty("secureaccess.chromium", "/usr/bin/chromium-headless-shell"));
    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 375;
    public static final int VIEWPORT_HEIGHT = 900;

    /** Started by the first class that needs it and closed when the test JVM ends: starting one costs about 1 s of CPU. */
    private static Playwright playwright;
    private static Browser browser;
    private static boolean closedAtExit;

    private BrowserContext context;
    private Page page;

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (browser != null && browser.isConnected()) {
            return;
        }
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Chromium not found at " + EXECUTABLE + ": install it (apt-get install -y chromium-headless-shell) "
                    + "or set -Dsecureaccess.chromium=/path/to/chromium");
        }
        closeBrowser();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        if (!closedAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::closeBrowser, "close-chromium"));
            closedAtExit = true;
        }
    }

    private static synchronized void closeBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException e) {
            // already gone with its driver; nothing left to close
        }
        browser = null;
        playwright = null;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        newContext("en-US", DESKTOP_WIDTH);
    }

    /** Starts over with a new, empty browser context (a different "device"). */
    public Page newContext(String locale, int width) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(width, VIEWPORT_HEIGHT)
                .setUserAgent(null));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    /** A context with a given User-Agent header (to test what we make of it). */
    public Page newContextWithUserAgent(String userAgent) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setUserAgent(userAgent).setViewportSize(DESKTOP_WIDTH, VIEWPORT_HEIGHT));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    public Page page() {
        return page;
    }

    /** Keeps what the browser showed when a test failed: target/browser-failures/<test>.png and .html. */
    private void saveEvidence(String name) {
        try {
            Path folder = Files.createDirectories(BuildInfo.buildDirectory().resolve("browser-failures"));
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
            Files.writeString(folder.resolve(name + ".html"), page.url() + "\n" + page.content());
        } catch (Exception e) {
            // evidence is best effort; the test failure itself is what matters
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            saveEvidence(extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName());
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
