// One filter as a folded list of checkboxes: compact on a phone, every option labelled.
interface Option {
  value: string;
  label: string;
}

export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <details className="filter-group" open={selected.length > 0 || undefined}>
      <summary>
        {legend}
        {selected.length > 0 && <span className="count"> ({selected.length} selected)</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        <div className="options">
          {options.map((option) => (
            <label key={option.value}>
              <input
                type="checkbox"
                name={legend}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />{" "}
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
