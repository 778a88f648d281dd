import { useParamChoice, type Choice } from "./useParamChoice";

/** Radio buttons for a view option kept in the URL, so a shared link shows the same view. */
export function ParamRadios<V extends string>({
  legend,
  param,
  choices,
  fallback,
}: {
  legend: string;
  param: string;
  choices: readonly Choice<V>[];
  /** The default, left out of the URL; the first choice unless given. */
  fallback?: V;
}) {
  const [value, choose] = useParamChoice(param, choices, fallback);
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={param}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => choose(choice.value)}
          />{" "}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
