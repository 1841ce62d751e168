// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * Where the facts of this file come from.
 */
public class Source {
    private String publisher;
    private String section;
    private String seed;
    private String title;

    /**
     * Who publishes the source page.
     */
    @JsonProperty("publisher")
    public String getPublisher() { return publisher; }
    @JsonProperty("publisher")
    public void setPublisher(String value) { this.publisher = value; }

    /**
     * Heading of the section the facts come from.
     */
    @JsonProperty("section")
    public String getSection() { return section; }
    @JsonProperty("section")
    public void setSection(String value) { this.section = value; }

    /**
     * File name of the stored copy of the page in shared/seeds/.
     */
    @JsonProperty("seed")
    public String getSeed() { return seed; }
    @JsonProperty("seed")
    public void setSeed(String value) { this.seed = value; }

    /**
     * Title of the source page.
     */
    @JsonProperty("title")
    public String getTitle() { return title; }
    @JsonProperty("title")
    public void setTitle(String value) { this.title = value; }
}
