/**
 * One article as it arrives: a JSON/NDJSON record, or built from a text or HTML file. Exactly
 * one of `text` or `html` carries the body.
 */
export interface ArticleInput {
  id?: string;
  url?: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  text?: string;
  html?: string;
  /** Where it came from, for error messages: "file.ndjson:17", "articles/a.html". */
  origin?: string;
}
