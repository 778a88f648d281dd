import { useCallback } from "react";
import { useSearchParams } from "react-router";

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/**
 * A view option kept in one URL parameter (?by=decade, ?color=kind). The default (the first
 * choice unless given) leaves the parameter out; an unknown value reads as the default.
 */
export function useParamChoice<V extends string>(
  param: string,
  choices: readonly Choice<V>[],
  fallback: V = choices[0]!.value,
): [V, (next: V) => void] {
  const [params, setParams] = useSearchParams();
  const value = choices.find((choice) => choice.value === params.get(param))?.value ?? fallback;
  const choose = useCallback(
    (next: V) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next === fallback) updated.delete(param);
        else updated.set(param, next);
        return updated;
      }),
    [fallback, param, setParams],
  );
  return [value, choose];
}
