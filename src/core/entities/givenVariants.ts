// Short forms of English given names ("Joe" for "Joseph", "Bobby" for "Robert"): the same person named both ways in
// one text ("Senator Joe Roe … Joseph P. Roe said") is one entity. No npm data package lists these pairs, so this is a
// hand table, tested in test/unit/entities.aliases.test.ts; only forms that belong to one full name each are here
// ("Chris" may be Christopher or Christine, "Pat" Patrick or Patricia, "Ted" Edward or Theodore: left out). Two
// spellings of one name ("Steven", "Stephen") are listed the same way.

/** Full form, then its short forms. */
const TABLE = `
abraham abe; albert bert; andrew andy drew; anthony tony; arnold arnie; benjamin ben benny; bernard bernie;
charles charlie chuck; daniel dan danny; david dave davey; deborah debbie deb; donald don donny; douglas doug;
edward ed eddie ned; elizabeth liz beth betty betsy lizzie; frederick fred freddie; gregory greg; harold hal;
jacob jake; james jim jimmy jamie; jeffrey jeff; jennifer jenny jen; john johnny jack; jonathan jon; joseph joe joey;
joshua josh; katherine kate kathy katie; kenneth ken kenny; lawrence larry; leonard len lenny;
margaret maggie meg peggy; matthew matt; michael mike mickey; nicholas nick nicky; patricia patty trish;
patrick paddy; peter pete; philip phil; rebecca becky; richard rick ricky dick rich; robert bob bobby rob robbie;
ronald ron ronnie; stephen steve steven; susan sue susie; theodore theo; thomas tom tommy; timothy tim timmy;
victoria vicky; walter walt wally; william bill billy will willie; zachary zach zack
`;

let formal: Map<string, string> | null = null;

function load(): Map<string, string> {
  const m = new Map<string, string>();
  for (const group of TABLE.split(';')) {
    const [full, ...short] = group.trim().split(/\s+/);
    if (!full) continue;
    for (const s of short) m.set(s, full);
  }
  return m;
}

/** The full given name a short form stands for ("joe" → "joseph"), or the name itself (lower case in and out). */
export function formalGiven(lower: string): string {
  return (formal ??= load()).get(lower) ?? lower;
}
