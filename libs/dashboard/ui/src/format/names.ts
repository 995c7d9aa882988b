/** Avatar letters of a Vietnamese name: the last two words, "Nguyễn Văn Minh" → "VM". */
export function initialsOf(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}
