import { records, type DatasetRecords, type Theme } from "@nato-russia/data";

/** A theme record that validates against the real passages. */
export const NEW_THEME: Theme = {
  slug: "maritime-security-fixture",
  name: "Maritime security",
  kind: "COOPERATION_AREA",
  description: "A fixture theme used to test releases.",
  sources: [{ passage: "evolution-17", quote: "counter-piracy", references: [] }],
};

export function withTheme(base: DatasetRecords = records): DatasetRecords {
  return { ...base, themes: [...base.themes, NEW_THEME] };
}

export const SCHEMA = /* GraphQL */ `
  """
  A record
  """
  type Event {
    """
    Its slug
    """
    slug: String!
    """
    Its title
    """
    title: String!
  }
  type Query {
    """
    One event
    """
    event(slug: String!): Event
  }
`;
