// Connection types shared by several fields: every event list is an EventConnection.
import { builder } from "../builder.js";
import { ActorRef, EventRef, PassageRef, ReferenceRef } from "./refs.js";

export const EventConnection = builder.connectionObject(
  { type: EventRef, name: "EventConnection", description: "A page of events." },
  { name: "EventEdge", description: "An event and its cursor." },
);

export const ActorConnection = builder.connectionObject(
  { type: ActorRef, name: "ActorConnection", description: "A page of actors." },
  { name: "ActorEdge", description: "An actor and its cursor." },
);

export const ReferenceConnection = builder.connectionObject(
  { type: ReferenceRef, name: "ReferenceConnection", description: "A page of references." },
  { name: "ReferenceEdge", description: "A reference and its cursor." },
);

export const PassageConnection = builder.connectionObject(
  { type: PassageRef, name: "PassageConnection", description: "A page of the article's passages." },
  { name: "PassageEdge", description: "A passage and its cursor." },
);
