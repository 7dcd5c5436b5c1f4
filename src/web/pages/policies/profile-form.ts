import type { Profile } from './policy-types';
import type { AttributeInfo } from './rule-draft';

/** A yes/no attribute the reader may also leave open: a rule testing it then fails (not known). */
export type TriState = 'yes' | 'no' | 'unknown';

/** What one input of the profile form holds, by attribute type. */
export type ProfileValue = TriState | number | string | string[] | null;

/** The form's values by attribute key; a key not there is not known. */
export type ProfileValues = Record<string, ProfileValue>;

/** Whether the input says nothing: unknown, empty text, no number, an empty list. */
function isBlank(value: ProfileValue | undefined): boolean {
  if (value === undefined || value === null || value === 'unknown') return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => item.trim() === '');
  return false;
}

/** One value in the profile's type, or undefined when the input does not fit the attribute's type. */
function profileValue(attribute: AttributeInfo, value: ProfileValue): unknown {
  switch (attribute.type) {
    case 'boolean':
      return value === 'yes' ? true : value === 'no' ? false : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'stringSet':
      return Array.isArray(value)
        ? [...new Set(value.map((item) => item.trim()).filter(Boolean))]
        : undefined;
    case 'string':
    case 'date':
      return typeof value === 'string' ? value.trim() : undefined;
  }
}

/**
 * The profile the calculator sends: only what the reader gave, each value in its attribute's type (texts
 * trimmed, chain links without repeats). An attribute left open is left out, so with an enterprise chosen
 * its registry value stands.
 */
export function toProfile(attributes: readonly AttributeInfo[], values: ProfileValues): Profile {
  const profile: Record<string, unknown> = {};
  for (const attribute of attributes) {
    const value = values[attribute.key];
    if (isBlank(value)) continue;
    const typed = profileValue(attribute, value as ProfileValue);
    if (typed !== undefined) profile[attribute.key] = typed;
  }
  return profile as Profile;
}

/** How many attributes the form gives a value for (shown beside the reset button). */
export function givenCount(attributes: readonly AttributeInfo[], values: ProfileValues): number {
  return Object.keys(toProfile(attributes, values)).length;
}

/** The form's inputs grouped as the page shows them: yes/no facts, figures, place and industry, dates. */
export type ProfileSection = 'flags' | 'figures' | 'place' | 'dates';

export function sectionOf(attribute: AttributeInfo): ProfileSection {
  switch (attribute.type) {
    case 'boolean':
      return 'flags';
    case 'number':
      return 'figures';
    case 'date':
      return 'dates';
    default:
      return 'place';
  }
}

export const profileSections = [
  'place',
  'flags',
  'figures',
  'dates',
] as const satisfies readonly ProfileSection[];
