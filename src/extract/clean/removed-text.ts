/** Why a piece of the input is not part of the cleaned article. */
export type RemovedKind =
  | 'caption'
  | 'photo-credit'
  | 'related-stories'
  | 'site-footer'
  | 'share-line'
  | 'title'
  | 'html-boilerplate';

export interface RemovedText {
  kind: RemovedKind;
  text: string;
}

export interface CleanedArticle {
  title?: string;
  /** Paragraphs joined by "\n\n"; every downstream offset indexes into this string. */
  text: string;
  removed: RemovedText[];
}
