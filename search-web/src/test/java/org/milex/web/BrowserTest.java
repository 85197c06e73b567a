package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's headless Chromium through chromedriver; nothing is downloaded):
 * search, click a facet and see counts move, open a document at an article anchor.
 */
@org.junit.jupiter.api.extension.ExtendWith(Browser.class)
class BrowserTest {

    static ChromeDriver browser;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.get();
        browser = Browser.get();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    void searchThenNarrowByCountryAndSeeCountsMove() {
        browser.get(site.base + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("asilo");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        String before = browser.findElement(By.id("total")).getText();
        List<WebElement> countries = browser.findElements(By.cssSelector("section.facet[data-facet=country] li"));
        browser.findElement(By.cssSelector("section.facet[data-facet=country] a[data-value=MX]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("section.facet[data-facet=country] a[data-value=MX]"), "aria-current", "true"));
        String after = browser.findElement(By.id("total")).getText();
        assertNotEquals(before, after, "the count moves");
        assertEquals(countries.size(), browser.findElements(By.cssSelector("section.facet[data-facet=country] li")).size(),
                "the other countries stay, with their counts");
        for (WebElement c : browser.findElements(By.cssSelector("li.hit .meta .country"))) {
            assertEquals("Mexico", c.getText());
        }
    }

    @Test
    void anArticleLinkLandsOnTheArticle() {
        String id = site.api("/api/search?q=title:refugiados&country=MX&size=1").get("hits").get(0).get("id").asText();
        browser.get(site.base + "/documents/" + id + "#art-37");
        WebElement article = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("art-37")));
        assertTrue(article.getText().contains("Artículo 37"));
        Number top = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top;", article);
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
        assertTrue(top.doubleValue() >= -5 && top.doubleValue() < height.doubleValue(), "scrolled to the article: top=" + top);
    }

    @Test
    void aDocumentOpenedFromASearchStepsThroughItsMatches() {
        String url = site.api("/api/search?q=refugiado&country=MX&size=1").get("hits").get(0).get("url").asText();
        browser.get(site.base + url);
        WebElement next = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav.matches button[data-step='1']")));
        next.click();
        WebElement first = browser.findElement(By.cssSelector("mark.current"));
        next.click();
        WebElement second = browser.findElement(By.cssSelector("mark.current"));
        assertNotEquals(first.getAttribute("id"), second.getAttribute("id"), "next moves to another match");
        assertTrue(browser.findElements(By.cssSelector("mark.current")).size() == 1);
        Number top = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top;", second);
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(), "the match is in view: top=" + top);
    }

    /** Each bar of the timeline is the API's count for its year; the table beside it says the same. */
    @Test
    void theTimelinesBarsEqualTheApisCounts() {
        String query = "country=MX&topic=trafficking&by=kind";
        JsonNode api = site.api("/api/trends?" + query);
        browser.get(site.base + "/trends?" + query);
        List<WebElement> bars = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("section.timeline svg g.bar")));
        assertEquals(api.get("years").size(), bars.size(), "a bar per year");
        for (int i = 0; i < bars.size(); i++) {
            JsonNode year = api.get("years").get(i);
            WebElement bar = bars.get(i);
            assertEquals(year.get("year").asText(), bar.getAttribute("data-year"));
            assertEquals(year.get("documents").asText(), bar.getAttribute("data-documents"));
            assertEquals(year.get("events").asText(), bar.getAttribute("data-events"));
            int byTotal = 0;
            for (var it = year.get("by").fields(); it.hasNext(); ) {
                byTotal += it.next().getValue().asInt();
            }
            // the drawn segments' heights add up to the year's count on the chart's scale
            double drawn = 0;
            for (WebElement r : bar.findElements(By.tagName("rect"))) {
                drawn += Double.parseDouble(r.getAttribute("height"));
            }
            assertEquals(byTotal, Integer.parseInt(bar.getAttribute("data-total")));
            if (byTotal == 0) {
                assertEquals(0, drawn, 0.01);
            } else {
                assertTrue(drawn > 0, "year " + year.get("year") + " is drawn");
            }
            if (year.get("events").asInt() + year.get("documents").asInt() > 0) {
                WebElement row = browser.findElement(By.cssSelector("table.numbers tr[data-year='" + year.get("year").asText() + "']"));
                assertEquals(year.get("documents").asText(), row.findElements(By.tagName("td")).get(0).getText());
                assertEquals(year.get("events").asText(), row.findElements(By.tagName("td")).get(1).getText());
            }
        }
    }

    @Test
    void aClickOnAStateOfTheMapFiltersTheSearch() {
        browser.get(site.base + "/map?q=asilo");
        WebElement mexico = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map a[data-country='MX'] path")));
        assertTrue(browser.findElement(By.cssSelector("svg.map a[data-country='MX']")).getAttribute("aria-label").startsWith("Mexico"));
        mexico.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        assertTrue(browser.getCurrentUrl().contains("country=MX") && browser.getCurrentUrl().contains("q=asilo"), browser.getCurrentUrl());
        for (WebElement c : browser.findElements(By.cssSelector("li.hit .meta .country"))) {
            assertEquals("Mexico", c.getText());
        }
    }

    @Test
    void theComparePageShowsEachChosenState() {
        browser.get(site.base + "/compare?country=AR&country=BR&country=MX&topic=asylum-refugees");
        for (String[] state : new String[][] {{"AR", "Argentina"}, {"BR", "Brazil"}, {"MX", "Mexico"}}) {
            WebElement col = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section[data-country='" + state[0] + "']")));
            assertEquals(state[1], col.findElement(By.tagName("h2")).getText());
            assertFalse(col.findElements(By.cssSelector("ul.instruments li a")).isEmpty(), state[0] + " lists its instruments");
            assertFalse(col.findElements(By.cssSelector("ul.ratifications li")).isEmpty(), state[0] + " lists its ratifications");
        }
    }
}
