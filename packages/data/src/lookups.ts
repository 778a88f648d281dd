import { dataset } from "./dataset.js";
import type { Actor, Event, Passage, Period, Position, Reference, Theme } from "./schema/index.js";

/** The event with this slug, or undefined. */
export const getEvent = (slug: string): Event | undefined => dataset.getEvent(slug);
/** The actor with this slug, or undefined. */
export const getActor = (slug: string): Actor | undefined => dataset.getActor(slug);
/** The reference with this slug, or undefined. */
export const getReference = (slug: string): Reference | undefined => dataset.getReference(slug);
/** The passage with this slug, or undefined. */
export const getPassage = (slug: string): Passage | undefined => dataset.getPassage(slug);
/** The period with this slug, or undefined. */
export const getPeriod = (slug: string): Period | undefined => dataset.getPeriod(slug);
/** The theme with this slug, or undefined. */
export const getTheme = (slug: string): Theme | undefined => dataset.getTheme(slug);
/** The position with this slug, or undefined. */
export const getPosition = (slug: string): Position | undefined => dataset.getPosition(slug);
