import type { SearchHit, SearchType } from "@nato-russia/data";
import { builder } from "../builder.js";
import { paginate } from "../pagination.js";
import { SearchResultTypeEnum } from "./enums.js";
import {
  ActorRef,
  EventRef,
  PassageRef,
  PeriodRef,
  PositionRef,
  ReferenceRef,
  ThemeRef,
} from "./refs.js";

const SearchResult = builder.unionType("SearchResult", {
  description: "A record search found.",
  types: [EventRef, ActorRef, ReferenceRef, PassageRef, PeriodRef, ThemeRef, PositionRef],
  resolveType: (record, ctx) => ctx.typeOf(record) ?? null,
});

// An edge carries the hit's score beside its record.
interface SearchEdgeShape {
  cursor: string;
  node: SearchHit["record"];
  score: number;
}

const SearchConnection = builder.connectionObject(
  {
    type: SearchResult,
    name: "SearchConnection",
    description: "A page of search results, best first.",
  },
  {
    name: "SearchEdge",
    description: "A search result, its relevance and its cursor.",
    fields: (t) => ({
      score: t.float({
        description:
          "Relevance: weighted count of matching words (a word prefix counts half, a near spelling less), with a bonus when the query is the record's whole name. Higher is better.",
        resolve: (edge) => (edge as SearchEdgeShape).score,
      }),
    }),
  },
);

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        'Full-text search over every type, ignoring case and accents ("ionascu" finds Ionașcu). Every word must match, whole or as a word prefix; a word found nowhere matches words one or two letters away ("vilnus" finds Vilnius). Results are ranked by relevance, a record whose whole name is the query first. An empty query is EMPTY_QUERY; over 200 characters or 20 words (counted after Unicode normalisation), QUERY_TOO_LONG.',
      args: {
        query: t.arg.string({ required: true, description: "Words to find." }),
        types: t.arg({
          type: [SearchResultTypeEnum],
          description: "Only these types; all when omitted.",
        }),
      },
      resolve: (_root, args, ctx) => {
        const types = args.types?.map((type) => type.toLowerCase() as SearchType);
        const page = paginate(args, ctx.dataset.search(args.query, types));
        return {
          ...page,
          edges: page.edges.map(({ cursor, node }) => ({
            cursor,
            node: node.record,
            score: node.score,
          })),
        };
      },
    },
    SearchConnection,
  ),
}));
