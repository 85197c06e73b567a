package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site end to end, as its users meet it, in a real browser: search and refine, open a document and follow
 * an article, switch language without losing the search, page through results, read it on a phone, use it by
 * keyboard only, and pass axe-core's accessibility rules on every page type in the four languages.
 */
@ExtendWith(Browser.class)
class InterfaceTest {

    static final Path AXE = Path.of(System.getenv().getOrDefault("MILEX_AXE", "../node_modules/axe-core/axe.min.js"));
    /** One page of each type, with a search where it takes one. */
    static final List<String> PAGE_TYPES = List.of("/", "/?q=refugiado&country=MX", "/?q=zzzzqqq", "/documents/mx-ley-refugiados-2011",
            "/countries", "/countries/BR", "/ratifications?treaty=int-refugee-convention-1951", "/trends?country=MX&topic=trafficking",
            "/map?q=asilo", "/compare?country=AR&country=BR&topic=asylum-refugees", "/help", "/codebook", "/no/such/page");

    static ChromeDriver browser;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.get();
        browser = Browser.get();
    }

    @BeforeEach
    void desktopAndNoLanguageChosen() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(site.base + "/help");
        browser.manage().deleteAllCookies();
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void searchChooseAndRemoveAFilterOpenADocumentAndFollowAnArticle() {
        browser.get(site.base + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("refugiado");
        box.submit();
        waitFor("li.hit");
        String all = browser.findElement(By.id("total")).getText();
        browser.findElement(By.cssSelector("section.facet[data-facet=country] a[data-value=MX]")).click();
        WebElement chip = waitFor("ul.chips a[data-filter='country:MX']");
        assertNotEquals(all, browser.findElement(By.id("total")).getText(), "the count moves");
        for (WebElement c : browser.findElements(By.cssSelector("li.hit .meta .country"))) {
            assertEquals("Mexico", c.getText());
        }
        chip.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("total"), all));
        assertTrue(browser.findElements(By.cssSelector("ul.chips")).isEmpty(), "no filter left");

        browser.get(site.base + "/?q=refugiados&country=MX&type=law");
        waitFor("li.hit h2 a").click();
        WebElement toc = waitFor("nav.toc li:nth-child(5) a");
        String target = toc.getAttribute("href").replaceAll(".*#", "");
        toc.click();
        WebElement article = browser.findElement(By.id(target));
        Number top = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top;", article);
        assertTrue(top.doubleValue() >= -5 && top.doubleValue() < 400, "the article is in view: top=" + top);
        assertTrue(browser.getCurrentUrl().endsWith("#" + target));
    }

    @Test
    void switchingLanguageKeepsTheSearchAndTheChoiceSticks() {
        browser.get(site.base + "/?q=asilo&country=MX");
        String total = waitFor("#total").getText().replaceAll("\\D", "");
        browser.findElement(By.cssSelector("nav.languages a[lang=pt]")).click();
        waitFor("html[lang=pt]");
        assertEquals("asilo", browser.findElement(By.id("q")).getAttribute("value"), "the query is kept");
        assertFalse(browser.findElements(By.cssSelector("ul.chips a[data-filter='country:MX']")).isEmpty(), "the filter is kept");
        assertEquals(total, browser.findElement(By.id("total")).getText().replaceAll("\\D", ""), "the same results");
        assertTrue(browser.findElement(By.id("total")).getText().contains("documentos"), browser.findElement(By.id("total")).getText());
        browser.findElement(By.cssSelector("nav.site-nav a[href='/countries']")).click();
        waitFor("html[lang=pt]");
        assertEquals("Países", browser.findElement(By.tagName("h1")).getText(), "every page after keeps the language");
    }

    @Test
    void pagingThroughResults() {
        browser.get(site.base + "/?q=migrantes");
        waitFor("nav.pages a[rel=next]").click();
        waitFor("nav.pages strong[aria-current=page]");
        assertEquals("2", browser.findElement(By.cssSelector("nav.pages strong[aria-current=page]")).getText());
        assertEquals("11", browser.findElement(By.cssSelector("ol.hits")).getAttribute("start"));
        browser.findElement(By.cssSelector("nav.pages a[rel=prev]")).click();
        assertEquals("1", waitFor("nav.pages strong[aria-current=page]").getText());
    }

    @ParameterizedTest
    @MethodSource("pageTypes")
    void atPhoneWidthNothingScrollsSideways(String path) {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(site.base + path);
        waitFor("main");
        Number scroll = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
        assertTrue(scroll.intValue() <= width.intValue() + 1, path + " is " + scroll + " px wide at " + width + " px");
        if (path.startsWith("/?q=refugiado")) {
            Number results = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('li.hit').getBoundingClientRect().top;");
            Number filters = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('aside.facets').getBoundingClientRect().top;");
            assertTrue(results.doubleValue() < filters.doubleValue(), "on a phone the results come before the filters");
        }
    }

    static Stream<String> pageTypes() {
        return PAGE_TYPES.stream();
    }

    @Test
    void theKeyboardReachesTheFirstResultInAFewKeys() {
        browser.get(site.base + "/?q=asilo");
        waitFor("li.hit");
        String firstResult = browser.findElement(By.cssSelector("li.hit h2 a")).getAttribute("href");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("skip", activeId(), "the first tab stop is the skip link");
        keys.sendKeys(Keys.ENTER).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(firstResult, (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.href;"),
                "three keys: Tab, Enter, Tab");
        String outline = (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
        assertNotEquals("none", outline, "focus is visible");
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    static Stream<Arguments> pagesInEveryLanguage() {
        List<Arguments> out = new ArrayList<>();
        for (String lang : Labels.LANGUAGES) {
            for (String path : PAGE_TYPES) {
                out.add(Arguments.of(lang, path));
            }
        }
        return out.stream();
    }

    /** axe-core's rules, run in the page: no serious or critical violation on any page type, in any language. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesInEveryLanguage")
    void everyPageTypePassesAxeInEveryLanguage(String lang, String path) throws IOException {
        if (!Files.isReadable(AXE)) {
            String message = "axe-core missing at " + AXE.toAbsolutePath() + ": run npm install at the repository's root";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        browser.get(site.base + path + (path.contains("?") ? "&" : "?") + "ui=" + lang);
        waitFor("html[lang=" + lang + "]");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.help + ' at ' + v.nodes[0].target; }));
                }).catch(function (e) { done(['axe failed: ' + e]); });
                """);
        assertEquals(List.of(), found, lang + " " + path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt-BR,pt;q=0.9,en;q=0.8|pt", "fr-CA,fr;q=0.9|fr", "es-419,es;q=0.9|es", "de-DE,de;q=0.9|en", "en-US|en"})
    void aBrowserGetsItsLanguageWithoutAsking(String pair) throws Exception {
        String[] p = pair.split("\\|");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.base + "/?q=asilo"))
                .header("Accept-Language", p[0]).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(p[1], response.headers().firstValue("Content-Language").orElse(""));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertTrue(response.body().contains("<html lang=\"" + p[1] + "\""), response.body().substring(0, 200));
    }
}
