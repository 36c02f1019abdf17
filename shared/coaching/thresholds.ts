// The numbers behind the coaching warnings (quoted in shared/coaching/README.md and the root README).

/** Below this score a person is a minor player (小鬼); matches the highlighted map. */
export const MINOR_SCORE = 30;
/** At or above this score a skeptic/opponent is a risk that needs a plan. */
export const HIGH_INFLUENCE_SCORE = 50;
/** Key people not contacted for this many days get a warning. */
export const STALE_CONTACT_DAYS = 60;
/** How many of the top-ranked people count as key people. */
export const KEY_PEOPLE = 10;
/** The support base is compared with this many days ago. */
export const SHRINK_DAYS = 30;
/** No logged visit for more than this many days is a warning. */
export const NO_VISIT_DAYS = 45;
/** The top decision-maker still not met after this many logged visits is "very dangerous". */
export const TOP_NOT_MET_AFTER_VISITS = 3;
/** The last this-many logged visits … */
export const THREAD_VISITS = 3;
/** … that met only this many people (or fewer) are single-threaded. */
export const THREAD_PEOPLE = 2;
/** The budget still unknown after this many logged visits. */
export const BUDGET_AFTER_VISITS = 2;
/** In "stabilize", a problem solved for them (立功) or a follow-up done within this many days. */
export const STABILIZE_DAYS = 90;
/** How many people a warning suggests to see or ask. */
export const SUGGEST_PEOPLE = 3;
