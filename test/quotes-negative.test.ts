/**
 * What each rule of the quotes stage must not take for speech (chrono's negative cases): per rule id
 * (the `rule` a quote carries), sentences where that rule finds nothing, with the reason. And every
 * quote names the rule that found it.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import type { Quote } from '../src/stages/quotes/index.ts';
import { textInput } from './helpers/run.ts';

/** The quotes of one made-up article (a title line, then the text). */
function quotesOf(body: string): Quote[] {
  const article = runPipeline(textInput(`A headline for the test\n\n${body}`), articleStages());
  return (article.annotations as { quotes?: Quote[] }).quotes ?? [];
}

/** Per rule: [sentence, why the rule finds nothing there]. */
const NEGATIVE: Record<string, [string, string][]> = {
  'cue-after': [
    ['Officials are framing it as more of a “listening” session, she said.', 'a quoted term, not speech'],
    ['He starred in the reality show “Cake Boss” for years.', 'the title of a work'],
  ],
  'cue-before': [
    [
      'According to the report, the mayor told “senior water board officials” about the cracks in March.',
      'the quoted words stand where the one told stands: whom she told, not what she said',
    ],
    ['The engineer urged “every household on the river” to leave by noon.', 'the ones urged, not words spoken'],
    [
      'Ana Ruiz privately consulted with neighbouring mayors dubbed the “river coalition” over the weekend to prepare for her meeting with Premier Annika Torvald.',
      'a naming participle after a noun names it: nobody is reported',
    ],
  ],
  unframed: [
    ['She appeared on “Face the Nation” on Sunday.', 'a programme named in marks'],
    ['The senator spoke on ABC’s “This Week” about the flood.', 'a programme after its network’s name'],
    ['A commander known as “Buda” was there.', 'a name after "known as"'],
  ],
  'comma-frame': [
    ['“The bridge is closed,” as the sign on the gate says.', 'a clause that opens on "as" is no frame'],
    ['“The bridge is closed,” the engineers wrote in red paint on the gate.', 'the verb does not end the clause'],
  ],
  'leading-cue': [
    ['There were more protests planned for the evening in the lower town.', 'after "more", "protests" is a noun'],
    ['The board dismissed reports of cracks in the spillway.', 'a noun after a verb in the past'],
    ['Trump refused Zelensky’s request for long-range missiles on Friday.', 'an action, not speech'],
    ['He was told to leave the building before noon.', 'a passive "told" reports nothing of his'],
    ['The said documents were handed to the court on Monday.', '"said" as an adjective'],
    ['The mayor called for calm after the flood on Tuesday.', '"called for" asks for something, with no words'],
    ['The mayor pointed to the flooded houses on Main Street.', '"pointed to" a thing reports no words'],
    [
      'Facing pressure to meet the allies’ demands, Ana Ruiz met the engineers on Monday.',
      'after a plural’s possessive mark "demands" is a noun',
    ],
  ],
  'trailing-cue': [
    ['The bridge, the council says, will not reopen before May.', 'the cue stands inside the sentence, not at its end'],
    [
      'Addressing reporters at the town hall on Wednesday, Mayor Ana Ruiz vowed that nobody would be abandoned.',
      'a cue with a "that" clause of its own reports that clause, not the words before the comma',
    ],
    [
      'The protests went on into the night, but Ingrid Solvang said the town was calm.',
      'a clause after "but" has its own speaker and frames nothing before it',
    ],
    [
      'The mayor praised Tom Arkwell, who she said had saved the lower town.',
      'a relative clause frames nothing before it',
    ],
    [
      'In recent comments, Mayor Ida Brenholt hinted at a new bridge.',
      'a short phrase that opens on a preposition is an adverbial of the clause after it',
    ],
    [
      'The council’s new levee plan would cost the town millions, a claim Tomas Ferlund firmly rejected.',
      'an apposition after the comma ("a claim … rejected") frames nothing before it',
    ],
  ],
  'according-to': [
    ['The work went according to plan, and the bridge reopened.', '"according to plan" names no source'],
    [
      '“The bridge is closed,” as the engineers put the sign on the gate.',
      '"put" something other than "it" credits nothing',
    ],
    ['“Here is the money for the levee,” as she put it on the table.', '"put it" somewhere is no way of putting words'],
    ['“We need a new levee,” as Ida Brenholt put it to a vote.', '"put it to a vote" puts no words'],
  ],
  'dash-name': [
    [
      '“We will rebuild the bridge before the spring floods come.”\n\n- Reuters contributed to this report.',
      'a line that credits the report, not the words',
    ],
    [
      '“We will rebuild the bridge before the spring floods come.”\n\n- The council will meet again in May.',
      'a dash before a sentence of its own is no credit line',
    ],
    [
      'Mayor Ida Brenholt told reporters, “We will rebuild every home in the valley.”\n\n- Jane Smith, Vell Valley Herald.\n\nThe river fell overnight.',
      'a byline under words its sentence credits already',
    ],
    [
      '“Play ball and welcome to the river town, everyone.”\n\n- Opening Day.\n\nThe river fell overnight.',
      'a line that names no person',
    ],
    [
      'Mayor Ida Brenholt said the town would recover.\n\n“We will rebuild every home in the valley before winter.”\n\n- Jane Smith.\n\nThe river fell overnight.',
      'the paragraph before hands the quote on: the line is a byline',
    ],
    [
      '“We will not be intimidated by the river,” Mayor Ida Brenholt said. “We will fight for every house.”\n\n- Jane Smith, Vell Valley Herald.\n\nThe river fell overnight.',
      'a quote its own paragraph credits',
    ],
  ],
  'cue-model': [
    ['Mayor Ana Ruiz Friday met the engineers at the harbour office.', 'a weekday after a name is no verb of saying'],
    ['There are still strict eligibility requirements for the grants this year.', 'a noun is no cue'],
    ['Mayor Ida Brenholt spoke out against the plan at the meeting on Monday night.', 'a preposition ends no cue'],
    ['Another engineer, using the call sign “Warsaw,” said: “We are on our land.”', 'the colon hands on to the quote'],
    ['The inquiry, ordered by Premier Annika Torvald in March, must report by September.', 'an agent, not a source'],
    [
      'Ana Ruiz privately consulted with neighbouring mayors dubbed the “river coalition” over the weekend to prepare for her meeting with Premier Annika Torvald.',
      'a naming participle after a noun names it: nobody is reported',
    ],
    [
      'Facing pressure to meet the council’s demands, Ana Ruiz met the engineers on Monday.',
      'after a possessive "demands" is a noun, and the clause after its comma reports nothing of it',
    ],
  ],
};

describe('quotes stage: negative cases per rule', () => {
  it.each(Object.entries(NEGATIVE).flatMap(([rule, cases]) => cases.map(([s, why]) => [rule, s, why] as const)))(
    '%s finds nothing in: %s (%s)',
    (rule, sentence) => {
      expect(
        quotesOf(sentence)
          .filter((q) => q.rule === rule)
          .map((q) => q.text),
      ).toEqual([]);
    },
  );

  it('names the rule that found every quote', () => {
    const found = quotesOf(
      '“We are ready,” Zelensky said. “We will meet them next week.” According to the Kremlin, the talks will resume next week. ' +
        'Kyiv fears that the talks might push Ukraine to give up land. The mayor said that the bridge would reopen. ' +
        'The bridge will reopen in May, the mayor said.',
    );
    expect(found.map((q) => q.rule)).toEqual([
      'cue-after',
      'inherited',
      'according-to',
      'cue-model',
      'leading-cue',
      'trailing-cue',
    ]);
  });
});
