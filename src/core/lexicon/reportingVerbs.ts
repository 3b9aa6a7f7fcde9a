// Reporting verbs and cue phrases of news English, the one table every pass reads (the quote pass, the attribution
// pass and its trained model). Each verb is written out in all its forms (base, -s, past, past participle, -ing, then
// spelling variants after "|"): no suffix rule guesses "admited" or "wepted". A "*" marks a verb that is mostly not
// about saying ("go", "put", "read"), a cue only right next to a speaker and a quotation.

/** What kind of attribution a verb makes: saying, believing, showing (a poll, a study) or taking a stance. */
export type CueClass = 'speech' | 'belief' | 'evidence' | 'stance';
export type VerbForm = 'base' | 's' | 'past' | 'pp' | 'ing';

export interface VerbEntry {
  readonly lemma: string;
  readonly form: VerbForm;
  readonly cls: CueClass;
  /** Mostly not a verb of saying: a cue only next to a speaker and a quotation. */
  readonly weak: boolean;
}

const TABLE = `
# speech
say says said said saying
tell tells told told telling
add adds added added adding
note notes noted noted noting
argue argues argued argued arguing
insist insists insisted insisted insisting
explain explains explained explained explaining
warn warns warned warned warning
declare declares declared declared declaring
state states stated stated stating *
continue continues continued continued continuing
recall recalls recalled recalled recalling
ask asks asked asked asking
tweet tweets tweeted tweeted tweeting
retweet retweets retweeted retweeted retweeting
claim claims claimed claimed claiming
report reports reported reported reporting
acknowledge acknowledges acknowledged acknowledged acknowledging
admit admits admitted admitted admitting
announce announces announced announced announcing
answer answers answered answered answering
assert asserts asserted asserted asserting
boast boasts boasted boasted boasting
comment comments commented commented commenting
complain complains complained complained complaining
concede concedes conceded conceded conceding
conclude concludes concluded concluded concluding
confirm confirms confirmed confirmed confirming
contend contends contended contended contending
counter counters countered countered countering
cry cries cried cried crying
emphasize emphasizes emphasized emphasized emphasizing
emphasise emphasises emphasised emphasised emphasising
exclaim exclaims exclaimed exclaimed exclaiming
joke jokes joked joked joking
maintain maintains maintained maintained maintaining
mention mentions mentioned mentioned mentioning
observe observes observed observed observing
proclaim proclaims proclaimed proclaimed proclaiming
promise promises promised promised promising
reply replies replied replied replying
respond responds responded responded responding
remark remarks remarked remarked remarking
reiterate reiterates reiterated reiterated reiterating
repeat repeats repeated repeated repeating
retort retorts retorted retorted retorting
reveal reveals revealed revealed revealing
scream screams screamed screamed screaming
shout shouts shouted shouted shouting
speculate speculates speculated speculated speculating
stress stresses stressed stressed stressing
suggest suggests suggested suggested suggesting
testify testifies testified testified testifying
urge urges urged urged urging
vow vows vowed vowed vowing
whisper whispers whispered whispered whispering
yell yells yelled yelled yelling
call calls called called calling *
press presses pressed pressed pressing *
post posts posted posted posting *
quip quips quipped quipped quipping
muse muses mused mused musing
chant chants chanted chanted chanting
lament laments lamented lamented lamenting
charge charges charged charged charging
allege alleges alleged alleged alleging
caution cautions cautioned cautioned cautioning
demand demands demanded demanded demanding
deny denies denied denied denying
posit posits posited posited positing
brag brags bragged bragged bragging
gush gushes gushed gushed gushing
marvel marvels marveled marveled marveling | marvelled marvelling
plead pleads pleaded pleaded pleading
rail rails railed railed railing
scoff scoffs scoffed scoffed scoffing
snap snaps snapped snapped snapping
thunder thunders thundered thundered thundering
wonder wonders wondered wondered wondering
pledge pledges pledged pledged pledging
agree agrees agreed agreed agreeing
disagree disagrees disagreed disagreed disagreeing
opine opines opined opined opining
recount recounts recounted recounted recounting
relate relates related related relating
quote quotes quoted quoted quoting
cite cites cited cited citing
sigh sighs sighed sighed sighing
grumble grumbles grumbled grumbled grumbling
mutter mutters muttered muttered muttering
murmur murmurs murmured murmured murmuring
interject interjects interjected interjected interjecting
interrupt interrupts interrupted interrupted interrupting
assure assures assured assured assuring
inform informs informed informed informing
advise advises advised advised advising
pronounce pronounces pronounced pronounced pronouncing
decry decries decried decried decrying
concur concurs concurred concurred concurring
write writes wrote written writing
speak speaks spoke spoken speaking *
email emails emailed emailed emailing
text texts texted texted texting *
message messages messaged messaged messaging *
preach preaches preached preached preaching
reason reasons reasoned reasoned reasoning *
summarize summarizes summarized summarized summarizing
summarise summarises summarised summarised summarising
clarify clarifies clarified clarified clarifying
specify specifies specified specified specifying
attest attests attested attested attesting
affirm affirms affirmed affirmed affirming
elaborate elaborates elaborated elaborated elaborating
remind reminds reminded reminded reminding
query queries queried queried querying
protest protests protested protested protesting
object objects objected objected objecting *
beg begs begged begged begging
implore implores implored implored imploring
instruct instructs instructed instructed instructing
order orders ordered ordered ordering *
pray prays prayed prayed praying
toast toasts toasted toasted toasting *
laugh laughs laughed laughed laughing *
tease teases teased teased teasing
taunt taunts taunted taunted taunting
fume fumes fumed fumed fuming
rant rants ranted ranted ranting
rave raves raved raved raving
bellow bellows bellowed bellowed bellowing
roar roars roared roared roaring
howl howls howled howled howling
stammer stammers stammered stammered stammering
stutter stutters stuttered stuttered stuttering
gasp gasps gasped gasped gasping
chuckle chuckles chuckled chuckled chuckling
groan groans groaned groaned groaning
moan moans moaned moaned moaning
sob sobs sobbed sobbed sobbing
weep weeps wept wept weeping
hiss hisses hissed hissed hissing
growl growls growled growled growling
echo echoes echoed echoed echoing *
headline headlines headlined headlined headlining *
caption captions captioned captioned captioning *
brief briefs briefed briefed briefing *
express expresses expressed expressed expressing *
disclose discloses disclosed disclosed disclosing
divulge divulges divulged divulged divulging
imply implies implied implied implying
hint hints hinted hinted hinting
theorize theorizes theorized theorized theorizing
theorise theorises theorised theorised theorising
surmise surmises surmised surmised surmising
confess confesses confessed confessed confessing
apologize apologizes apologized apologized apologizing
apologise apologises apologised apologised apologising
congratulate congratulates congratulated congratulated congratulating
compliment compliments complimented complimented complimenting
deplore deplores deplored deplored deploring
bemoan bemoans bemoaned bemoaned bemoaning
fret frets fretted fretted fretting
forecast forecasts forecast forecast forecasting
guarantee guarantees guaranteed guaranteed guaranteeing
reassure reassures reassured reassured reassuring
counsel counsels counseled counseled counseling | counselled counselling
appeal appeals appealed appealed appealing
request requests requested requested requesting
notify notifies notified notified notifying
aver avers averred averred averring
avow avows avowed avowed avowing
jeer jeers jeered jeered jeering
jest jests jested jested jesting
wisecrack wisecracks wisecracked wisecracked wisecracking
inquire inquires inquired inquired inquiring
enquire enquires enquired enquired enquiring
lecture lectures lectured lectured lecturing
gripe gripes griped griped griping
grouse grouses groused groused grousing
reassert reasserts reasserted reasserted reasserting
restate restates restated restated restating
reaffirm reaffirms reaffirmed reaffirmed reaffirming
paraphrase paraphrases paraphrased paraphrased paraphrasing
expound expounds expounded expounded expounding
stipulate stipulates stipulated stipulated stipulating
retract retracts retracted retracted retracting
recant recants recanted recanted recanting
corroborate corroborates corroborated corroborated corroborating
vouch vouches vouched vouched vouching
insinuate insinuates insinuated insinuated insinuating
broach broaches broached broached broaching
swear swears swore sworn swearing
rebut rebuts rebutted rebutted rebutting
sing sings sang sung singing *
read reads read read reading *
put puts put put putting *
go goes went gone going *
begin begins began begun beginning *
phone phones phoned phoned phoning
holler hollers hollered hollered hollering
blurt blurts blurted blurted blurting
mumble mumbles mumbled mumbled mumbling
whine whines whined whined whining
shriek shrieks shrieked shrieked shrieking
snarl snarls snarled snarled snarling
bark barks barked barked barking
sneer sneers sneered sneered sneering
grunt grunts grunted grunted grunting
drawl drawls drawled drawled drawling
chirp chirps chirped chirped chirping
quiz quizzes quizzed quizzed quizzing
interview interviews interviewed interviewed interviewing
rebuke rebukes rebuked rebuked rebuking
scold scolds scolded scolded scolding
chide chides chided chided chiding
point points pointed pointed pointing *
underscore underscores underscored underscored underscoring
highlight highlights highlighted highlighted highlighting
signal signals signaled signaled signaling | signalled signalling
tout touts touted touted touting
cheer cheers cheered cheered cheering *
boo boos booed booed booing *
thank thanks thanked thanked thanking
predict predicts predicted predicted predicting
estimate estimates estimated estimated estimating
volunteer volunteers volunteered volunteered volunteering
hypothesize hypothesizes hypothesized hypothesized hypothesizing
dub dubs dubbed dubbed dubbing *
term terms termed termed terming *
rule rules ruled ruled ruling *
chime chimes chimed chimed chiming
smile smiles smiled smiled smiling *
shrug shrugs shrugged shrugged shrugging *
title titles titled titled titling *
accept accepts accepted accepted accepting *
confide confides confided confided confiding
ponder ponders pondered pondered pondering
refute refutes refuted refuted refuting
carp carps carped carped carping *
refer refers referred referred referring *
e-mail e-mails e-mailed e-mailed e-mailing
# belief
believe believes believed believed believing
think thinks thought thought thinking
know knows knew known knowing
feel feels felt felt feeling *
hope hopes hoped hoped hoping
fear fears feared feared fearing
expect expects expected expected expecting
doubt doubts doubted doubted doubting
suspect suspects suspected suspected suspecting
assume assumes assumed assumed assuming
worry worries worried worried worrying
want wants wanted wanted wanting
wish wishes wished wished wishing
guess guesses guessed guessed guessing
suppose supposes supposed supposed supposing
imagine imagines imagined imagined imagining
figure figures figured figured figuring *
realize realizes realized realized realizing
realise realises realised realised realising
recognize recognizes recognized recognized recognizing
recognise recognises recognised recognised recognising
understand understands understood understood understanding
learn learns learned learned learning | learnt *
hear hears heard heard hearing *
see sees saw seen seeing *
consider considers considered considered considering
regard regards regarded regarded regarding *
view views viewed viewed viewing *
deem deems deemed deemed deeming
reckon reckons reckoned reckoned reckoning
presume presumes presumed presumed presuming
trust trusts trusted trusted trusting
anticipate anticipates anticipated anticipated anticipating
foresee foresees foresaw foreseen foreseeing
envision envisions envisioned envisioned envisioning
dream dreams dreamed dreamed dreaming | dreamt
prefer prefers preferred preferred preferring
like likes liked liked liking *
love loves loved loved loving *
hate hates hated hated hating *
dislike dislikes disliked disliked disliking
remember remembers remembered remembered remembering
forget forgets forgot forgotten forgetting
bet bets bet bet betting
sense senses sensed sensed sensing
# evidence
show shows showed shown showing *
find finds found found finding *
indicate indicates indicated indicated indicating
demonstrate demonstrates demonstrated demonstrated demonstrating
prove proves proved proved proving
determine determines determined determined determining
establish establishes established established establishing
calculate calculates calculated calculated calculating *
measure measures measured measured measuring *
rank ranks ranked ranked ranking *
rate rates rated rated rating *
document documents documented documented documenting *
project projects projected projected projecting *
# stance
support supports supported supported supporting
oppose opposes opposed opposed opposing
criticize criticizes criticized criticized criticizing
criticise criticises criticised criticised criticising
praise praises praised praised praising
accuse accuses accused accused accusing
blame blames blamed blamed blaming
attack attacks attacked attacked attacking
defend defends defended defended defending
endorse endorses endorsed endorsed endorsing
reject rejects rejected rejected rejecting
dismiss dismisses dismissed dismissed dismissing
condemn condemns condemned condemned condemning
denounce denounces denounced denounced denouncing
mock mocks mocked mocked mocking
ridicule ridicules ridiculed ridiculed ridiculing
deride derides derided derided deriding
slam slams slammed slammed slamming
blast blasts blasted blasted blasting
lambast lambasts lambasted lambasted lambasting | lambaste lambastes
castigate castigates castigated castigated castigating
excoriate excoriates excoriated excoriated excoriating
berate berates berated berated berating
assail assails assailed assailed assailing
hail hails hailed hailed hailing
applaud applauds applauded applauded applauding
welcome welcomes welcomed welcomed welcoming
celebrate celebrates celebrated celebrated celebrating
credit credits credited credited crediting
fault faults faulted faulted faulting
chastise chastises chastised chastised chastising
question questions questioned questioned questioning
challenge challenges challenged challenged challenging
dispute disputes disputed disputed disputing
back backs backed backed backing *
favor favors favored favored favoring
favour favours favoured favoured favouring
champion champions championed championed championing
advocate advocates advocated advocated advocating
push pushes pushed pushed pushing *
seek seeks sought sought seeking
refuse refuses refused refused refusing
decline declines declined declined declining
threaten threatens threatened threatened threatening
propose proposes proposed proposed proposing
recommend recommends recommended recommended recommending
compare compares compared compared comparing
liken likens likened likened likening
characterize characterizes characterized characterized characterizing
characterise characterises characterised characterised characterising
portray portrays portrayed portrayed portraying
paint paints painted painted painting *
label labels labeled labeled labeling | labelled labelling *
brand brands branded branded branding *
frame frames framed framed framing *
cast casts cast cast casting *
describe describes described described describing
depict depicts depicted depicted depicting
admonish admonishes admonished admonished admonishing
reprimand reprimands reprimanded reprimanded reprimanding
upbraid upbraids upbraided upbraided upbraiding
knock knocks knocked knocked knocking *
bash bashes bashed bashed bashing
rip rips ripped ripped ripping *
pan pans panned panned panning *
hit hits hit hit hitting *
lash lashes lashed lashed lashing *
`;

const FORMS: readonly VerbForm[] = ['base', 's', 'past', 'pp', 'ing'];

function build(): Map<string, VerbEntry> {
  const map = new Map<string, VerbEntry>();
  let cls: CueClass = 'speech';
  for (const raw of TABLE.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      cls = line.slice(1).trim() as CueClass;
      continue;
    }
    const weak = line.endsWith('*');
    const [main, extra = ''] = line.replace(/\s*\*$/, '').split('|');
    const forms = main.trim().split(/\s+/);
    const lemma = forms[0];
    forms.forEach((f, i) => {
      // "said" is both past and participle: the first reading is kept
      if (!map.has(f)) map.set(f, { lemma, form: FORMS[i], cls, weak });
    });
    for (const v of extra.trim().split(/\s+/).filter(Boolean)) {
      if (!map.has(v)) map.set(v, { lemma, form: v.endsWith('ing') ? 'ing' : v.endsWith('s') ? 's' : 'past', cls, weak });
    }
  }
  return map;
}

const VERBS = build();

/** The reporting verb a lower-case word is a form of ("admitted" → admit, past), or undefined. */
export function reportingVerb(lower: string): VerbEntry | undefined {
  return VERBS.get(lower);
}

/** Every form of every reporting verb in the table. */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = new Set(VERBS.keys());

/** Every form of the given lemmas ("say" → say, says, said, saying). */
export function formsOf(...lemmas: string[]): string[] {
  const want = new Set(lemmas);
  return [...VERBS].filter(([, e]) => want.has(e.lemma)).map(([f]) => f);
}

/**
 * Nouns that carry an attribution ("Trump's claim that …", "her statement", "the report found"), singular and plural
 * written out, each mapped to its singular.
 */
export const NOUN_CUES: ReadonlyMap<string, string> = new Map(
  `claim claims|statement statements|announcement announcements|remark remarks|comment comments|assertion assertions
  allegation allegations|accusation accusations|belief beliefs|view views|argument arguments|suggestion suggestions
  warning warnings|promise promises|pledge pledges|vow vows|criticism criticisms|call calls|demand demands
  insistence|admission admissions|denial denials|testimony testimonies|speech speeches|interview interviews
  estimate estimates|prediction predictions|forecast forecasts|finding findings|opinion opinions|position positions
  stance stances|concern concerns|fear fears|hope hopes|complaint complaints|charge charges|endorsement endorsements
  praise|attack attacks|rebuke rebukes|response responses|reply replies|answer answers|question questions
  proposal proposals|recommendation recommendations|advice|message messages|explanation explanations
  conclusion conclusions|confirmation confirmations|report reports|poll polls|survey surveys|study studies
  analysis analyses|memo memos|letter letters|editorial editorials|tweet tweets|post posts|account accounts
  description descriptions|characterization characterizations|insinuation insinuations|prediction predictions
  objection objections|protest protests|appeal appeals|plea pleas|request requests|threat threats|boast boasts
  contention contentions|declaration declarations|assessment assessments|judgment judgments|verdict verdicts
  ruling rulings|decision decisions|announcement announcements|acknowledgment acknowledgments|apology apologies
  confession confessions|disclosure disclosures|revelation revelations|rhetoric|sentiment sentiments|refrain refrains
  slogan slogans|mantra mantras|quip quips|joke jokes|retort retorts|insult insults|praise|support|opposition
  talk talks|discussion discussions|debate debates|words|warning warnings|critique critiques|attack attacks`
    .split(/[|\n]/)
    .flatMap((group) => {
      const words = group.trim().split(/\s+/).filter(Boolean);
      return words.map((w): [string, string] => [w, words[0]]);
    }),
);

/**
 * Fixed phrases that are cues as a whole, lower case, words separated by one space. The attribution pass reads the
 * cue as the whole phrase when the text has it at the cue.
 */
export const PHRASE_CUES: readonly string[] = [
  'according to', 'in a statement', 'in an interview', 'in an email', 'in a tweet', 'in a letter', 'in a speech',
  'told reporters', 'has learned', 'have learned', 'had learned', 'pointed out', 'points out', 'went on', 'goes on',
  'called for', 'calls for', 'called on', 'calls on', 'made clear', 'makes clear', 'made the case', 'weighed in',
  'spoke out', 'speaks out', 'took issue with', 'takes issue with', 'took to twitter', 'summed up', 'sums up',
  'as saying', 'is quoted as saying', 'was quoted as saying', 'in a post', 'in remarks', 'in a news release',
  'in a press release', 'in a report', 'on twitter', 'on facebook', 'in an op-ed', 'said in a statement',
];
