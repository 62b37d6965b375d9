// The hyphenation.* pattern packages ship no types.
declare module 'hyphenation.nl' {
  const language: { leftmin: number; rightmin: number; patterns: Record<number, string> }
  export = language
}

declare module 'hyphenation.en-us' {
  const language: { leftmin: number; rightmin: number; patterns: Record<number, string> }
  export = language
}

declare module 'hyphenation.de' {
  const language: { leftmin: number; rightmin: number; patterns: Record<number, string> }
  export = language
}
