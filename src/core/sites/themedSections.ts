/**
 * Themed sections (chuyên đề) run for a campaign window: outside it they leave the menu and the home page,
 * while their own page stays reachable (old links keep working). Pure.
 */

export interface ThemeWindow {
  starts_at: string | null;
  ends_at: string | null;
}

/** True when `nowIso` lies in the window (open-ended when a bound is null). */
export function isShownAt(s: ThemeWindow, nowIso: string): boolean {
  return (s.starts_at === null || s.starts_at <= nowIso) && (s.ends_at === null || s.ends_at > nowIso);
}

/** The sections as the public portal shows them now: a themed section outside its window is neither in the menu nor on the home page. */
export function withThemeWindows<T extends ThemeWindow & { in_menu: number; on_home: number }>(sections: readonly T[], nowIso: string): T[] {
  return sections.map((s) => (isShownAt(s, nowIso) ? s : { ...s, in_menu: 0, on_home: 0 }));
}
