// The schema: one module per type or area, each adding its types and its Query fields.
import { builder } from "../builder.js";
import { countListItems } from "./countListItems.js";
import { deferThrows } from "./deferThrows.js";
import "./scalars.js";
import "./enums.js";
import "./fuzzyDate.js";
import "./attestation.js";
import "./connections.js";
import "./event.js";
import "./actor.js";
import "./reference.js";
import "./passage.js";
import "./period.js";
import "./theme.js";
import "./position.js";
import "./search.js";
import "./stats.js";
import "./dataset.js";
import "./entities.js";

builder.queryType({ description: "Read-only access to the NATO–Russia relations dataset." });

// Counting first, so that its own throw is deferred too.
export const schema = deferThrows(countListItems(builder.toSchema()));
