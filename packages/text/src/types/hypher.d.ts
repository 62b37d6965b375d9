// hypher and the hyphenation.* pattern packages ship no types.
declare module 'hypher' {
  namespace Hypher {
    interface Language {
      id?: string
      leftmin: number
      rightmin: number
      patterns: Record<number, string>
      exceptions?: string
    }
  }
  class Hypher {
    constructor(language: Hypher.Language)
    hyphenate(word: string): string[]
  }
  export = Hypher
}

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
