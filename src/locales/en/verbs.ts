/** Verbs of saying and of doing that people (not documents or places) do: data only, lower case. */

/** Cue verbs of news reporting, all forms that start a clause after a speaker. */
export const SPEECH_VERBS = new Set(
  `
said says say saying told tells tell added adds warned warns denied denies confirmed confirms urged urges
acknowledged acknowledges insisted insists argued argues stated states noted notes remarked remarks posted posts
wrote writes claimed claims explained explains asked asks announced announces declared declares replied replies
responded responds suggested suggests hinted hints believes believed thinks thought wants wanted refused refuses
met meets called calls described describes expressed expresses admitted admits stressed stresses emphasized
emphasised highlighted highlights mentioned mentions informed informs revealed reveals clarified clarifies
concluded concludes promised promises pledged pledges vowed vows praised praises criticised criticized
criticizes criticises accused accuses agreed agrees rejected rejects reiterated reiterates recalled recalls
testified testifies disclosed discloses predicted predicts hopes hoped expects expected threatened threatens
signed signs visited visits spoke speaks speaking outlined outlines shared shares voiced voices echoed echoes
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Reflexive pronouns that follow a person's name ("Putin himself"). */
export const PERSON_REFLEXIVES = new Set(['himself', 'herself']);

/** Words before a quoted nickname or call sign that make it a person ("known as “Buda”"). */
export const NICKNAME_CUES = [
  /\bknown as\s*$/i,
  /\bcall sign\s*$/i,
  /\bnicknamed\s*$/i,
  /\bdubbed\s*$/i,
  /\bcode-?named\s*$/i,
  /\bnamed\s*$/i,
];
