// A small downward chevron for buttons that open a list or a calendar: drawn, not typed, so no font
// has to carry ▾ (the shipped faces do not, and a fallback face would show).
export function Chevron() {
  return (
    <svg className="chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
