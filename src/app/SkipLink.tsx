/** The first stop of the keyboard in either room: straight to the interactive figure. */
export function SkipLink() {
  return (
    <button
      type="button"
      className="skip-link"
      onClick={() => document.getElementById('figure')?.focus()}
    >
      Skip to the interactive figure
    </button>
  );
}
