/**
 * A plain description of what a zod schema stores, for the stored-shapes test: objects by their
 * keys, optional fields marked with `?`, arrays by their element, enums and literals by their
 * values, everything else by its zod type. Checks (refinements) do not change the stored shape.
 */
type Def = {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: Schema[];
  in?: Schema;
  out?: Schema;
  valueType?: Schema;
};
type Schema = { _zod: { def: Def } };

export type Shape = string | Shape[] | { [key: string]: Shape };

export function storedShape(schema: unknown): Shape {
  const { def } = (schema as Schema)._zod;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([key, value]) => {
          const inner = value._zod.def;
          return inner.type === 'optional'
            ? [`${key}?`, storedShape(inner.innerType)]
            : [key, storedShape(value)];
        }),
      );
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return [def.type, storedShape(def.innerType)];
    case 'array':
      return [storedShape(def.element)];
    case 'enum':
      return `enum(${Object.values(def.entries ?? {}).join('|')})`;
    case 'literal':
      return `literal(${(def.values ?? []).map(String).join('|')})`;
    case 'union':
      return ['union', ...(def.options ?? []).map(storedShape)];
    case 'pipe':
      return storedShape(def.in);
    case 'record':
      return ['record', storedShape(def.valueType)];
    default:
      return def.type;
  }
}
