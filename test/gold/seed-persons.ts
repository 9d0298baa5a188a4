/**
 * Gold person-name mentions in the cleaned text of each seed article (../shared/corpus/seeds), written by
 * reading the texts. Keys: the seed's 3-digit prefix. Values: each person-name surface, exactly as written
 * in the cleaned text, with how many times it occurs as a person mention.
 *
 * Guidelines:
 * - The cleaned text is the `text` field of `triangulate extract <seed> --json` (headline kept once).
 * - Span = the name only: no titles or honorifics ("Mr. Trump", "President Putin" → "Trump", "Putin"),
 *   no possessive ("Trump’s" → "Trump").
 * - Attributive uses count ("the Trump administration", "anti-Zelensky", "Trump–Zelensky talks",
 *   "Putin-Zelensky Summit", "Zelenskyy-Putin meeting"); so do names inside quotations.
 * - A call sign naming a person counts ("Buda", "Warsaw" in 001 are soldiers' call signs).
 * - Not mentions: pronouns, role descriptions without a name ("the Russian leader"), organisations,
 *   places, platforms, names in URLs.
 * - A surface inside a longer mention is counted only for the longer one ("Donald Trump" is not also "Trump").
 * - Misspellings are kept as written ("Stephen Whitcoff", "Whitcoff" in 000) and so is what the text
 *   claims, even when wrong (002 names "NATO Secretary General Jens Stoltenberg").
 */
export const SEED_PERSON_MENTIONS: Record<string, Record<string, number>> = {
  // 57 mentions
  '000': {
    'Donald Trump': 1,
    Trump: 25,
    'Volodymyr Zelensky': 1,
    Zelensky: 18,
    Putin: 9,
    'Stephen Whitcoff': 1,
    Whitcoff: 2,
  },
  // 30 mentions
  '001': {
    'Donald Trump': 1,
    Trump: 7,
    'Volodymyr Zelensky': 1,
    Zelensky: 6,
    'Vladimir Putin': 1,
    Putin: 8,
    'Joe Biden': 1,
    'Steve Witkoff': 1,
    Buda: 1,
    Warsaw: 1,
    'Kim Jong-un': 1,
    'Karoline Leavitt': 1,
  },
  // 66 mentions
  '002': {
    'Donald Trump': 1,
    Trump: 22,
    'Vladimir Putin': 1,
    Putin: 15,
    'Volodymyr Zelensky': 1,
    Zelensky: 16,
    'Ursula von der Leyen': 1,
    'Jens Stoltenberg': 1,
    'J.D. Vance': 1,
    'Marco Rubio': 1,
    'Steve Witkoff': 1,
    Witkoff: 2,
    'Emmanuel Macron': 1,
    'Yuri Ushakov': 1,
    Ushakov: 1,
  },
  // 76 mentions
  '003': {
    Trump: 31,
    'Volodymyr Zelenskyy': 1,
    Zelenskyy: 15,
    'Vladimir Putin': 1,
    Putin: 9,
    'Mark Rutte': 1,
    Rutte: 4,
    'Friedrich Merz': 1,
    Merz: 3,
    'Ursula von der Leyen': 1,
    'Keir Starmer': 1,
    'Emmanuel Macron': 1,
    Macron: 1,
    'Giorgia Meloni': 1,
    'Alexander Stubb': 1,
    'Steve Witkoff': 1,
    Witkoff: 2,
    'J.D. Vance': 1,
  },
  // 32 mentions
  '004': {
    Trump: 8,
    'Donald Trump': 1,
    Putin: 8,
    'Vladimir Putin': 1,
    Zelensky: 8,
    'Volodymyr Zelensky': 1,
    'Sergei Lavrov': 1,
    Lavrov: 1,
    'Tony Radakin': 1,
    'Emmanuel Macron': 1,
    'Alexander Stubb': 1,
  },
};

/**
 * Which surfaces are the same person, per the texts (for alias tests): canonical name → surfaces.
 * "Stephen Whitcoff"/"Whitcoff" (000, "Trump’s special envoy") is the envoy the other seeds spell
 * "Steve Witkoff", misspelled by that outlet.
 */
export const SEED_PERSONS: Record<string, string[]> = {
  'Donald Trump': ['Donald Trump', 'Trump'],
  'Volodymyr Zelensky': ['Volodymyr Zelensky', 'Zelensky', 'Volodymyr Zelenskyy', 'Zelenskyy'],
  'Vladimir Putin': ['Vladimir Putin', 'Putin'],
  'Steve Witkoff': ['Steve Witkoff', 'Witkoff', 'Stephen Whitcoff', 'Whitcoff'],
  'Joe Biden': ['Joe Biden'],
  'Kim Jong-un': ['Kim Jong-un'],
  'Karoline Leavitt': ['Karoline Leavitt'],
  Buda: ['Buda'],
  Warsaw: ['Warsaw'],
  'Ursula von der Leyen': ['Ursula von der Leyen'],
  'Jens Stoltenberg': ['Jens Stoltenberg'],
  'J.D. Vance': ['J.D. Vance'],
  'Marco Rubio': ['Marco Rubio'],
  'Emmanuel Macron': ['Emmanuel Macron', 'Macron'],
  'Yuri Ushakov': ['Yuri Ushakov', 'Ushakov'],
  'Mark Rutte': ['Mark Rutte', 'Rutte'],
  'Friedrich Merz': ['Friedrich Merz', 'Merz'],
  'Keir Starmer': ['Keir Starmer'],
  'Giorgia Meloni': ['Giorgia Meloni'],
  'Alexander Stubb': ['Alexander Stubb'],
  'Sergei Lavrov': ['Sergei Lavrov', 'Lavrov'],
  'Tony Radakin': ['Tony Radakin'],
};
