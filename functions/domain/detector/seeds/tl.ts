/** Tagalog seed lexicon (a few words, translated by hand from en.ts): Philippine posts mix it with English. */
import type { Seed } from './types';

export const tl: Seed = {
  lang: 'tl',
  function: 'ang ng mga sa na at ay si ni kay ako ka siya kami tayo sila ito iyan yan hindi po ba lang pa din rin naman kasi para',
  terms: {
    earthquake: 'lindol=earthquake',
    storm: 'bagyo=storm',
    flood: 'baha@=flood',
    fire: 'sunog=fire',
    dead: 'patay=dead',
    casualty: 'sugatan=injured',
  },
  counts: {
    toll: 'bilang',
    time: 'taon buwan linggo araw oras minuto segundo',
    numbers: 'dalawa=2 tatlo=3 apat=4 anim=6 pito=7 walo=8 siyam=9 sampu=10',
  },
};
