import { parsePersonName, rememberedParses } from './person-name';

/**
 * `parsePersonName(name)`, parsed once per name: the end-of-run passes parse every stored
 * person's name several times a round (first names, type guesses, lone surnames and their
 * company).
 */
export const parsedPersonName = rememberedParses(parsePersonName);
