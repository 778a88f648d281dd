import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { isPromise } from "graphql-yoga";
import type { GatewayContext } from "./context.js";

/** The longest list each field returns, by "Type.field". */
export type ListSizes = ReadonlyMap<string, number>;

// Past this many objects of one type the walk stops looking at more (synthetic 100k datasets).
const MAX_OBJECTS_PER_TYPE = 20_000;

/**
 * Measures the longest list every list field of the schema returns over the whole dataset, by
 * walking the data graph from Query: each object field is resolved on every object reached of
 * its type (fields with required arguments, or resolved asynchronously, are left to the
 * caller's default).
 * The dataset is immutable, so these are exact bounds for the cost analysis. Introspection
 * lists are measured on the schema itself.
 * Each (schema, dataset) is walked once, however many gateways serve it (tests make dozens).
 */
export function measureListSizes(schema: GraphQLSchema, context: GatewayContext): ListSizes {
  const bySchema = measured.get(schema) ?? measured.set(schema, new WeakMap()).get(schema)!;
  let sizes = bySchema.get(context.dataset);
  if (!sizes) bySchema.set(context.dataset, (sizes = walk(schema, context)));
  return sizes;
}

const measured = new WeakMap<GraphQLSchema, WeakMap<object, ListSizes>>();

function walk(schema: GraphQLSchema, context: GatewayContext): ListSizes {
  const sizes = new Map<string, number>(introspectionSizes(schema));
  const seen = new Map<string, Set<object>>();
  const queue: [GraphQLObjectType, object][] = [];
  const reach = (typeName: string, value: unknown) => {
    if (value === null || typeof value !== "object") return;
    const type = schema.getType(typeName);
    const concrete = isAbstractType(type) ? context.typeOf(value) : typeName;
    const objectType = concrete && schema.getType(concrete);
    if (!isObjectType(objectType)) return;
    const objects =
      seen.get(objectType.name) ?? seen.set(objectType.name, new Set()).get(objectType.name)!;
    if (objects.has(value) || objects.size >= MAX_OBJECTS_PER_TYPE) return;
    objects.add(value);
    queue.push([objectType, value]);
  };
  const query = schema.getQueryType();
  if (query) queue.push([query, {}]);
  // Every record, not only those a default page reaches.
  for (const records of Object.values(context.dataset.records)) {
    for (const record of records as readonly object[]) {
      const typeName = context.typeOf(record);
      if (typeName) reach(typeName, record);
    }
  }
  while (queue.length > 0) {
    const [type, source] = queue.pop()!;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type)) && !isListType(getNullableType(field.type)))
        continue;
      if (
        field.args.some(
          (arg) => arg.type.toString().endsWith("!") && arg.defaultValue === undefined,
        )
      )
        continue;
      // Connections are costed by their page size, and every record is reached directly.
      if (getNamedType(field.type).name.endsWith("Connection")) continue;
      const value = resolveOnce(schema, type, field, source, context);
      if (value === undefined) continue;
      const key = `${type.name}.${field.name}`;
      if (Array.isArray(value)) sizes.set(key, Math.max(sizes.get(key) ?? 0, value.length));
      const named = getNamedType(field.type).name;
      for (const item of Array.isArray(value) ? value : [value]) reach(named, item);
    }
  }
  return sizes;
}

/** The field's value on `source`; undefined when it throws or answers asynchronously. */
function resolveOnce(
  schema: GraphQLSchema,
  parentType: GraphQLObjectType,
  field: GraphQLField<unknown, GatewayContext>,
  source: object,
  context: GatewayContext,
): unknown {
  const args = Object.fromEntries(
    field.args.filter((a) => a.defaultValue !== undefined).map((a) => [a.name, a.defaultValue]),
  );
  const fresh = { ...context, itemBudget: Number.POSITIVE_INFINITY };
  try {
    const resolve = field.resolve ?? ((s: Record<string, unknown>) => s[field.name]);
    // Resolvers here read the dataset; the default resolver reads the field's name from info.
    const info = { fieldName: field.name, parentType, schema, returnType: field.type };
    const value = resolve(source as never, args, fresh, info as never);
    if (!isPromise(value)) return value;
    value.catch(() => undefined);
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Introspection lists, at their average length over the whole schema: introspection walks
 * every type, field and argument, so averages make a whole-schema introspection cost exactly
 * its real size (with maxima, every type would count as the largest, and the cost of GraphiQL's
 * query would grow with the square of the schema).
 */
function introspectionSizes(schema: GraphQLSchema): [string, number][] {
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) =>
    counts.length === 0 ? 0 : Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length);
  const fieldsOf = (t: (typeof types)[number]) =>
    "getFields" in t ? Object.values(t.getFields()) : [];
  const fields = types.flatMap(fieldsOf);
  const directives = schema.getDirectives();
  return [
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", average(types.map((t) => fieldsOf(t).length))],
    ["__Type.inputFields", average(types.map((t) => fieldsOf(t).length))],
    [
      "__Type.interfaces",
      average(types.map((t) => ("getInterfaces" in t ? t.getInterfaces().length : 0))),
    ],
    [
      "__Type.possibleTypes",
      average(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))),
    ],
    ["__Type.enumValues", average(types.map((t) => ("getValues" in t ? t.getValues().length : 0)))],
    ["__Field.args", average(fields.map((f) => ("args" in f ? f.args.length : 0)))],
    ["__Directive.args", average(directives.map((d) => d.args.length))],
    ["__Directive.locations", average(directives.map((d) => d.locations.length))],
  ];
}
