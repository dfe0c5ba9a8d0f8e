export { extractQuotes } from './extract-quotes';
