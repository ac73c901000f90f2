/** An accessible on/off switch. */
export function Switch(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; testId?: string }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="track" aria-hidden="true" />
      <span class="label">{props.label}</span>
    </label>
  );
}
