/**
 * The site's search index: words of pages and goals, stemmed with Snowball (Danish, English), in
 * the serialized format of the MiniSearch library the browser loads. Pure: takes text, gives text;
 * the site stage writes the files.
 */
package dk.evalsite.search;
