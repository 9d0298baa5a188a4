import DATA from './given-names.json' with { type: 'json' };

/** Person names: data only. Lower case. */

/** Given names seen in news across languages: a first token from this list makes a capitalised run a person. */
export const GIVEN_NAMES = new Set(
  `
kwame tunde chinedu jalen kari celinda tamron arsenio ricki jae heath monty kirstjen sadiq rahm nikki
aaron abdul abdullah abe abigail abraham ada adam adele adrian ahmed ahmad aidan aisha alan albert alberto alex alexander
alexandra alexandre alexei alexey alexis alfred ali alice alicia alina alison allan alys amanda amelia amy ana anastasia
andre andrea andreas andrei andrej andres andrew andrzej andy angela angelina angus anita ann anna anne annika anthony
anton antonio antony anya archie ariel arnold arthur asif astrid audrey august augusto aurelia austin barack barbara barry
bashar beata beatrice ben benjamin benedict benoit bernard bernie beth betty bill billy bjorn bob bobby bogdan boris brad
brandon brendan brett brian bridget bruce bruno bryan caitlin callum calvin cameron camilla carl carla carlos carlo carmen
carol caroline carolyn catherine cecilia celia charles charlie charlotte chen cheng chris christian christina christine
christopher chuck claire clara clare claude claudia clement colin connor conor corinna craig cristina cynthia dale damian
dan daniel daniela danielle danny daria dariusz darren dave david dawn dean deborah debra delia denis denise dennis derek
devika diana diane dick diego dimitri dina dmitri dmitry dolores dominic dominik don donald donna doris dorothy doug douglas
drew duncan dylan ed eddie edgar edith edmund edward edwin eileen elaine eleanor elena eli elias elijah elisabeth elizabeth
ella ellen elliot elon emil emily emma emmanuel enrique eric erik erin ernest esther ethan eugene eva evan evelyn ewa fabian
faisal fatima felix ferdinand fernando fiona frances francesca francis francisco franco frank franz fred frederick
friedrich gabriel gabriela gail gareth gary gavin gene geoffrey george georg georgia gerald gerard gerhard gianni gina
giorgia giovanni giuseppe glen glenn gloria gordon grace graham greg gregory greta gustav guy gwen hakan hamid hank hannah
hans harold harriet harry hassan hazel heather hector heidi heinrich helen helena helga henri henry herbert hilary hillary
howard hugh hugo hunter ian ibrahim igor ilya imogen imran ingrid irene iris isaac isabel isabella ivan ivanka jack jackie
jacob jacqueline jake james jamie jan jane janet janice jared jason javier jay jean jeff jeffrey jennifer jens jeremy
jerome jerry jess jessica jill jim jimmy jin jo joachim joan joanna joe joel johann johannes john johnny jon jonas
jonathan jordan jorge jose josef joseph josh joshua joyce juan judith judy jules julia julian julie julius justin kamala
karen karim karin karl karoline kate katherine kathleen kathryn katie kay keir keith kelly ken kenneth kevin khalid kim
kirsten klaus kristi kristin kurt kyle larry laura lauren laurent lawrence lea leah lee lena leo leon leonard leonid leslie
lewis liam lily linda lindsey lisa liz lloyd lois lorenzo lori louis louise lucas lucia lucía lucy luis luke lynn madeleine
magnus mahmoud malcolm manuel marc marcel marco marcus margaret margarita maria marian marie marina mario marion marisa
mark marko markus marta martha martin mary mathias matt matteo matthew matthias maurice max maxim maxime maya megan mehmet
melania melanie melissa meryl michael michel michelle miguel mike mikhail milan miles mina mohammed mohammad monica morgan
morwenna moritz muhammad murray nadia nancy naomi narendra natalia natalie nathan neil nicholas nick nicola nicolas nicole
nigel nikita nikolai nina noah noel nora norman olaf olena olga oliver olivia omar oscar otto owen pablo pamela paolo
pascal patricia patrick paul paula pavel pedro penny pete peter petr petra philip philippe phil pierre piers piotr quentin
rachel rafael ralph ramon randy raul ray raymond rebecca recep regina reinhard renata renée rene rex ricardo richard rick
rishi rita rob robert roberto robin rodrigo roger roland roman ron ronald rosa rose ross roy ruby rudy russell ruth ryan
sally sam samantha samuel sandra sara sarah scott sean sebastian selina sergei sergey sergio seth shane sharon shaun sheila
shirley sidney simon simone sofia sonia sophie stanley stefan stella stephan stephanie stephen steve steven stuart sue
susan svetlana sylvia tamara tanya tara ted teresa terry thierry thomas tim timothy tina toby todd tom tomas tommy tony
tracy travis ulrich ursula valentina valerie vanessa vera veronica victor victoria viktor viktoria vince vincent virginia
vivian vladimir vladislav volodymyr walter wayne wendy werner will william wolfgang xavier xi yana yasmin yelena yevgeny
yolanda yuri yulia yusuf zach zachary zoe zoran
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * More given names, of less authority: the common first names of English-speaking countries that are no
 * common English words (`given-names.json`, built by bench/entities/build-given-names.ts). Many are
 * surnames too ("Sanders", "Christie", "Davis"), so one makes a person only of a plain name of two words
 * ("Carly Fiorina", "Corey Lewandowski"; with a middle initial, three), not of a longer run or a headline.
 */
export const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set(DATA.names.split(' ').filter(Boolean));

/**
 * Common English words, lower case, that are no names by the word vectors (`given-names.json`): "hills",
 * "cup", "plan", "spring", "decisions" — a word of a place's, an event's or a thing's name, not a surname.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(DATA.words.split(' ').filter(Boolean));

/**
 * Given names of women and of men (`given-names.json`: the names of one of the two lists only whose meaning by
 * the word vectors leans the same way, lower case): a pronoun does not stand for a person whose first name, or
 * courtesy title, says otherwise.
 */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(DATA.female.split(' ').filter(Boolean));
export const MALE_NAMES: ReadonlySet<string> = new Set(DATA.male.split(' ').filter(Boolean));
/** Names of women or of men by one list only, whose meaning does not lean that way: enough to doubt a title. */
export const MOSTLY_FEMALE_NAMES: ReadonlySet<string> = new Set(DATA.mostlyFemale.split(' ').filter(Boolean));
export const MOSTLY_MALE_NAMES: ReadonlySet<string> = new Set(DATA.mostlyMale.split(' ').filter(Boolean));

/** Short forms of given names, both ways: "Steve" and "Stephen" can be one man. */
export const NICKNAMES: string[][] = [
  ['stephen', 'steven', 'steve', 'stevie'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'rick', 'ricky', 'dick', 'rich'],
  ['theodore', 'ted', 'teddy', 'theo'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['joseph', 'joe', 'joey'],
  ['michael', 'mike', 'mick', 'mickey'],
  ['thomas', 'tom', 'tommy'],
  ['anthony', 'tony', 'antony'],
  ['alexander', 'alex', 'sasha', 'alexandr', 'aleksandr'],
  ['christopher', 'chris'],
  ['nicholas', 'nick', 'nicky', 'nikolai', 'nikolay'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy'],
  ['matthew', 'matt'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['jonathan', 'jon', 'jonny'],
  ['timothy', 'tim', 'timmy'],
  ['kenneth', 'ken', 'kenny'],
  ['donald', 'don', 'donny'],
  ['ronald', 'ron', 'ronnie'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff', 'geoffrey'],
  ['andrew', 'andy', 'drew'],
  ['peter', 'pete'],
  ['philip', 'phil'],
  ['charles', 'charlie', 'chuck'],
  ['henry', 'harry', 'hank'],
  ['lawrence', 'larry'],
  ['gerald', 'gerry', 'jerry'],
  ['elizabeth', 'liz', 'beth', 'betty', 'lizzie', 'eliza'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['katherine', 'catherine', 'kate', 'katie', 'kathy', 'cathy'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'debbie', 'deb'],
  ['victoria', 'vicky'],
  ['gwendolyn', 'gwen'],
  ['vladimir', 'vlad', 'volodymyr'],
  ['sergei', 'sergey', 'serhiy'],
  ['dmitry', 'dmitri', 'dmytro'],
  ['yuri', 'yuriy', 'iurii'],
  ['mikhail', 'mykhailo'],
  ['olexander', 'oleksandr', 'alexander'],
];

/** Lower-case particles inside surnames ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set([
  'von',
  'der',
  'den',
  'van',
  'de',
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'das',
  'del',
  'della',
  'bin',
  'al',
  'el',
  'ibn',
  'ter',
  'zu',
  'af',
]);

/** Pronouns that can stand for a person already named. */
export const PERSON_PRONOUNS = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
} as const;

/** Courtesy titles that say whether a person is a man or a woman ("Mr. Hunter", "Mrs. Clinton"). */
export const COURTESY_GENDER: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
};

/**
 * Words of kin that say whether the person they introduce is a man or a woman ("his wife, Margaret
 * Hunter"; "her son Tom").
 */
export const KIN_GENDER: Readonly<Record<string, 'male' | 'female'>> = {
  wife: 'female',
  husband: 'male',
  son: 'male',
  daughter: 'female',
  father: 'male',
  mother: 'female',
  brother: 'male',
  sister: 'female',
  widow: 'female',
  widower: 'male',
  grandson: 'male',
  granddaughter: 'female',
  nephew: 'male',
  niece: 'female',
};

/** Generational suffixes after a surname ("Cesar Sayoc Jr.", "Nick J. Rahall II"): not the surname. */
export const GENERATIONAL_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
