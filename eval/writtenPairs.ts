/**
 * Pairs we wrote ourselves, for drafting the public labels lack: labelled
 * pairs like the others (see WRITTEN for which the model learns from). Ten drafts of the
 * fifth statement, each written from the 2026 one by hand, in eval/labelled/:
 *
 * - draft-2027p.md: paraphrased throughout ("reaffirmed their commitment" /
 *   "confirmed once more"), with merges (the three opening framing
 *   paragraphs into one; the Electronic Signatures bullet into Digital
 *   Identity; the Platform section's intro into its bullet), splits (Data
 *   Spaces and Battery Traceability; Submarine Cables and Arctic
 *   Connectivity; Horizon Europe out of the AI and quantum intro), new
 *   initiatives inside continued sections (Health Data, AI for Science,
 *   Digital Skills), firmness shifts and four real drops;
 * - draft-2027q.md: sections reordered (economic security first), topic
 *   labels renamed ("Subsea Cables and Global Connectivity:", "AI in Public
 *   Administration:"), new initiatives that share their section's words
 *   (Space-based Connectivity, Semiconductor Design Talent, Sovereign Cloud
 *   Interoperability, AI Literacy), commitments reported done (signed,
 *   held, launched), strengthened and weakened, and three real drops;
 * - draft-2027r.md: another drafting voice ("the EU and Japan", passive
 *   reports, most paragraphs reworded), the Data and Platform sections
 *   merged and the AI and Quantum section split in two, topics moved
 *   (Digital Standards, Multilateral cooperation, AI Summits), two bullets
 *   split, new initiatives in continued sections and an outcome paragraph,
 *   four real drops (labelled/README-2027r.md). Its labels were written and
 *   committed before the engine was run on it.
 * - draft-2027s.md: another hand and style, written blind to the engine:
 *   numbered paragraphs without topic labels or section headings, "the EU
 *   and Japan" / "the two sides" / "the Participants" for "both sides",
 *   passive voice ("will be further enhanced"), merges (the two framing
 *   paragraphs on trusted partners; the DFFT intro and its international
 *   bullet; the platform intro into its first paragraph), one split
 *   (platform safety and digital competition), sentences moved to close
 *   other paragraphs (Horizon Europe into quantum, cyber capacity building
 *   into submarine cables, quantum communications into 6G, ASEAN into
 *   industry), new initiatives naming things 2026 never names (EOSC and
 *   NII Research Data Cloud, C2PA content provenance, post-quantum
 *   cryptography, age assurance), commitments progressed, restated,
 *   strengthened, weakened and dropped, and four real drops besides the
 *   bare AI label (Electronic Signatures beside Digital Identity, the
 *   infrastructure section intro, new topics, multilateral cooperation).
 * - draft-2027t.md: written and labelled blind, the year's news the point:
 *   commitments reported done in varied words (held its inaugural session,
 *   entered into force, was signed and has been operational since, is now
 *   in place, were launched), others restated in other words ("the two
 *   sides", passive voice), one strengthened ("is to be considered" ->
 *   "decided to prepare"), three weakened ("may also explore", "could also
 *   consider"), three dropped silently inside kept paragraphs; one merge
 *   (Data Strategy Working Group with Data Spaces), one split
 *   (Semiconductors into supply chains and next-generation research), a
 *   renamed label (Content Industries), new initiatives (AI Factories,
 *   Research Security, Online Scams), a closing thank-you paragraph, and
 *   two real drops (AI Regulatory Cooperation, the Way Forward intro).
 * - draft-2027u.md: another hand, written and labelled blind to the engine:
 *   long sentences folding two or three 2026 sentences ("while", "as well
 *   as", semicolons), participial openings ("Having welcomed", "Recalling"),
 *   nominalisations ("the continuation of whose work was agreed"), some "We"
 *   voice, sections reordered (platforms before infrastructure, AI and
 *   quantum after it), some labels dropped; merges (the three framing
 *   paragraphs; Electronic Signatures into Digital Identity), a split
 *   (quantum research and quantum industry), new initiatives (EU Data Act
 *   and DATA-EX, cable repair capacity, AI Factories and ABCI) and four
 *   drops (the bare AI label, Regulatory Cooperation,
 *   AI Summits, the Way Forward intro); labelled/README-2027u.md.
 * - draft-2027v.md: another hand, written and labelled blind to the engine,
 *   the blind check of round two: a chair's-summary voice ("The Council",
 *   "Participants", "the sides"), numbered themes in another order, dated
 *   reports ("signed on 12 March 2027"), deadlines ("by the end of 2027"),
 *   sentences of one 2026 block redistributed to two draft blocks (Joint
 *   Research), merges (Responsible AI with Regulatory Cooperation; the Way
 *   Forward intro with Multilateral cooperation), a split (Cybersecurity),
 *   new initiatives (IMT-2030 spectrum, researchers' access to platform
 *   data, WAGRI, AI and intellectual property), commitments dropped inside
 *   kept paragraphs and four drops (the geopolitical framing paragraph, the
 *   bare AI label, Digital Standards, the platform intro);
 *   labelled/README-2027v.md.
 * - draft-2027w.md: another hand, written and labelled blind to the engine
 *   after the rules drawn from 2027v, the blind check of round three: a
 *   Japan-first voice with ministries and services as actors (MIC, METI,
 *   the Digital Agency, DG CONNECT), markers 2026 never uses ("are
 *   determined to", "pledged to", "seek to", "see merit in exploring"),
 *   four splits (platform cooperation into three bullets), one merge (DFFT
 *   international cooperation with multilateral cooperation), renamed and
 *   reordered sections, new initiatives (multilingual AI models,
 *   information integrity, energy-efficient data centres, trusted cloud
 *   services), commitments dropped inside kept paragraphs and four drops
 *   besides the bare AI label (Electronic Signatures, Governmental AI, the
 *   section III intro, the audiovisual new topics); labelled/README-2027w.md.
 * - draft-2027x.md: another hand, written and labelled blind to the engine
 *   (its writer read neither the engine nor its log) after the rules drawn
 *   from 2027w, the blind check of round four: a terse register,
 *   commitments enumerated ("Both sides will: (a) ...; (b) ..."), a list
 *   collapsed into prose and a paragraph made a list, synonyms ("bolster",
 *   "take forward"), reports in the present perfect, three merges (one
 *   across sections: Global Governance with Multilateral cooperation), two
 *   splits, new initiatives (Digital Product Passport, online consumer
 *   protection, quantum metrology, critical raw materials), commitments
 *   dropped inside kept paragraphs and three drops besides the bare AI
 *   label; labelled/README-2027x.md.
 * - draft-2027y.md: another hand, written and labelled blind to the engine
 *   (neither the engine nor its log read) after the rules drawn from 2027x,
 *   the blind check of round five: negotiated text with hedges and
 *   conditions ("subject to the availability of resources", "where
 *   appropriate"), commitments in subordinate and participial clauses,
 *   "the Digital Partnership" or "the Council" as subject, three section
 *   headings turned into lead sentences, two merges, two splits, new
 *   initiatives (paperless trade, local digital twins, high-performance
 *   computing, incident reporting), commitments dropped inside kept
 *   paragraphs and three drops besides the bare AI label (Data Spaces,
 *   Electronic Signatures, 5G/6G); labelled/README-2027y.md.
 * - draft-2027o.md: another hand, written and labelled blind (neither the
 *   engine nor its log read), the blind check of round six: English as a
 *   Japanese ministry drafts it ("Both sides shared the view that ...",
 *   "confirmed to promote", "will make efforts to", "has been steadily
 *   implemented", "Continued efforts toward ... were affirmed"),
 *   commitments split into one-sided halves ("The EU will ...; Japan will
 *   ..."), sections reordered and renamed, some labels dropped, three
 *   merges, two splits, new initiatives (open-source software security,
 *   electronic invoicing, AI for disaster risk reduction), commitments
 *   dropped inside kept paragraphs and four drops; labelled/README-2027o.md.
 * - draft-2027z.md: another hand, written and labelled blind, the other
 *   blind check of round six: a light-touch revision whose commitments move
 *   across tiers by one word in otherwise verbatim sentences ("will consider
 *   enhancing", "remain open to", "stand ready to", "intention to explore"
 *   -> "will pursue"), endings and postponements ("has completed its
 *   mandate", "postponed to 2028", "decided not to pursue further"), a
 *   commitment gated on a condition, reports in the present perfect
 *   continuous, sentences moved to a neighbouring block, three merges, two
 *   splits, new initiatives and three drops; labelled/README-2027z.md.
 * - draft-2027n.md: another hand, written and labelled blind after the
 *   rules drawn from 2027o and 2027z, a blind check of round seven: a
 *   leaders' declaration in the present tense ("We reaffirm", "Japan and the
 *   EU welcome the signing of", "The Participants intend to", "We task the
 *   Working Group to deliver ... by the end of 2027"), deadlines, firmness
 *   escalations ("We decide to establish"), topic labels turned into "On
 *   ...," sentences, two sections merged, two merges, two splits, new
 *   initiatives (health data, AI model evaluation, satellite connectivity,
 *   online fraud), commitments dropped inside kept paragraphs and three
 *   drops besides the bare AI label; labelled/README-2027n.md.
 * - draft-2027m.md: another hand, written and labelled blind at the same
 *   time, the other blind check of round seven: a work programme, each
 *   topic heading over an "Achievements:" item of verbless fragments
 *   ("Signature of the Cooperation Arrangement on AI (November 2026); first
 *   joint workshop held in Kyoto") and a "Next steps:" item of bare verbs
 *   ("Continue the information exchange ...; to consider ..."), three
 *   merges, two splits across topics, new initiatives (health data,
 *   post-quantum cryptography, non-terrestrial networks, digital skills),
 *   commitments dropped inside kept topics and four drops besides the bare
 *   AI label; labelled/README-2027m.md.
 * - draft-2027k.md and draft-2027l.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027m, 2027n, 2027o and
 *   2027z, the blind checks of round eight. 2027k is condensed to 54% of
 *   2026, its commitments carried by reference and ellipsis ("They will do
 *   the same in the G7 and G20", "The same applies to the Arctic route",
 *   "Such exchanges will go on"), in nested lists, with three merges, two
 *   splits, new sub-bullets (business wallets, all-photonics networks,
 *   vulnerability handling, content provenance), four silent drops and
 *   three drops; 2027l speaks in targets and milestones ("Result: ...",
 *   "Target met: ...", "Target not met: ... rescheduled for 2028",
 *   conditions), sections reordered, two merges, two splits, new
 *   initiatives and three drops; labelled/README-2027k.md and
 *   README-2027l.md.
 * - draft-2027i.md and draft-2027j.md: two more hands, written and
 *   labelled blind after round eight, the blind checks of round nine.
 *   2027i avoids the stock verbs: commitments go on in idioms ("press ahead
 *   with", "stay the course on", "keep up", "redouble their efforts"),
 *   progress is reported in idioms ("got under way", "bore fruit", "is now
 *   up and running") and so are firmness shifts ("keep the door open to",
 *   "are now set to launch"); 2027j is laid out as a resolution, preambular
 *   paragraphs ("Recalling ...", "Welcoming ...", "Committed to ...") and
 *   numbered operative paragraphs with the Council as understood subject
 *   ("Decides to ...", "Requests the Working Group to ...", "Encourages
 *   both sides to explore ...", "Takes note with appreciation of ...");
 *   each with merges, splits, new initiatives, silent drops and three or
 *   four drops; labelled/README-2027i.md and README-2027j.md.
 * - draft-2027h.md: another hand, written and labelled blind after round
 *   nine, a blind check of round ten: the statement reorganised around
 *   three themes (Trust, Resilience, Competitiveness) with renamed labels,
 *   commitments regrouped across the 2026 sections (three cross-section
 *   merges, 5G/6G split across two themes), paraphrase, new initiatives
 *   (content provenance, post-quantum migration, AI for science), two
 *   silent drops and four drops; labelled/README-2027h.md.
 * - draft-2027g.md: another hand, written and labelled blind at the same
 *   time, the other blind check of round ten: a hurried non-native first
 *   draft, marker verbs misspelt ("commited to continu advancing",
 *   "reafirmed", "welcommed", "there intension to"), comma splices that
 *   join two or three 2026 sentences, missing articles, British and
 *   American spelling mixed, doubled words; three merges, two splits,
 *   three new initiatives, two silent drops and four drops;
 *   labelled/README-2027g.md. Its blind fates were 33/45 = 0.733, below
 *   the floor, and it was registered only after misspelt marker words were
 *   read (engine/markerSpelling.ts: a word that is no English word, one
 *   edit from a marker word the rules read): 43/45 = 0.956, its links,
 *   statuses and drops unchanged (1.000). Its other misspellings
 *   ("fruitfull", "adressing", "competitivness") were measured and left:
 *   put right, they move no link, status, drop or fate.
 * - draft-2027f.md and draft-2027e.md: two more hands, written and
 *   labelled blind after round ten, the blind checks of round eleven (no
 *   rule was written between their writing and their first measure).
 *   2027f is a joint press release: commitments carried in the co-chairs'
 *   quotations ("'We will deepen ...,' said ...") and in reported speech
 *   ("the co-chairs agreed that the two sides would ...", "aim to", "are
 *   set to", "look forward to"), a "Background" section in the past tense;
 *   2027e is written as Council conclusions, numbered paragraphs under one
 *   subject with capitalised operative verbs ("The EU and Japan REAFFIRM
 *   ...; STRESS the need to ...", "AGREE to", "TAKE NOTE of the launch
 *   of"); each with two merges, two splits, four new initiatives, silent
 *   drops and three drops. First measured: links 1.000 and 4 of 4 drops
 *   in both, fates 40/45 (2027f) and 38/45 (2027e); labelled/README-2027f.md
 *   and README-2027e.md.
 * - draft-2027d.md and draft-2027c.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027f and 2027e, the blind
 *   checks of round twelve. 2027d is a summary record of the meeting, in
 *   the past tense and reported speech throughout ("The EU side stated
 *   that it would ...", "the two sides were to ...", "they aimed to ...",
 *   "both sides undertook to ..."), with commitments of one side taken up
 *   by the other and a "Conclusion:" after each item; 2027c is a legal,
 *   MoU-like text ("the Participants shall endeavour to", "undertake to",
 *   "will, subject to their respective laws and regulations, ...",
 *   provisos, cross-references, recitals that report progress, sub-points);
 *   each with merges, splits, four new initiatives, silent drops and three
 *   or four drops. First measured: links 1.000 and 5 of 5 drops (2027d),
 *   0.984 and 4 of 4 (2027c); fates 27/45 (2027d) and 44/45 (2027c);
 *   labelled/README-2027d.md and README-2027c.md.
 * - draft-2027b.md and draft-2027aa.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027d (reported speech), the
 *   blind checks of round thirteen. 2027b is the co-chairs' address to the
 *   press in the first person ("I am pleased to say that we will ...",
 *   "our two sides are going to ...", "we are ready to ..."), with
 *   rhetorical questions, reports in the present perfect ("we have
 *   signed") and spoken signposts for labels; 2027aa collapses each section
 *   into one or two long paragraphs without bullets or labels, the topics
 *   chained ("as regards", "moreover", "whereas"), commitments of several
 *   2026 bullets in one sentence and sentences with two fates (ten merges).
 *   First measured: links 1.000 and 0.983, drops 4 of 4 and 5 of 5, fates
 *   32/45 (2027b) and 42/45 (2027aa); labelled/README-2027b.md and
 *   README-2027aa.md.
 * - draft-2027ac.md: another hand, written and labelled blind as the other
 *   check of round fourteen: a negotiating text in mid-negotiation, as
 *   circulated between the sides, square-bracketed alternatives ("both
 *   sides [will][intend to] ..."), "[JP: delete]", "[EU proposal: ...]",
 *   "[Agreed]" and "[Pending]" marks, placeholders, a reservation in a
 *   footnote; the labeller read what both sides would be committed to
 *   however the open points are settled (the weaker alternative, a
 *   passage bracketed alone as absent, a placeholder as present);
 *   labelled/README-2027ac.md. First measured: links 1.000, drops 3 of 3,
 *   fates 39/45.
 * - draft-2027ae.md and draft-2027ad.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027ab and 2027ac, the blind
 *   checks of round fifteen. 2027ae is an impersonal minute in the passive
 *   ("It was agreed that the Working Group would ...", "It is intended
 *   that ...", "Consideration will be given to ...", "Further work is
 *   foreseen on ...", nominalisations); first measured: links 1.000, drops
 *   4 of 4, fates 39/45; labelled/README-2027ae.md. 2027ad (in labelled/,
 *   not registered) is a Markdown redline against 2026, deletions struck
 *   through (~~...~~) and insertions in {+...+}, labelled as the text reads
 *   with the changes accepted; first measured: links 1.000 but status
 *   0.788, none of its 3 drops found and fates 34/45, as the engine reads
 *   struck text as text: accepting a Markdown redline is not built.
 * - draft-2027af.md and draft-2027ag.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027ae, the blind checks of
 *   round sixteen. 2027af is a plain-language rewrite for a web page,
 *   "we" for both sides and contractions throughout ("We'll keep ...",
 *   "We've signed ...", "We won't ..."), everyday verbs ("team up", "step
 *   up") and question headings; 2027ag words its commitments in modals of
 *   obligation and necessity ("must", "need to", "have to", "it is
 *   essential that both sides ...", "should", "ought to"), some negated.
 *   First measured: links 0.983 and 1.000, drops 5 of 5 and 3 of 3, fates
 *   23/45 (2027af) and 21/45 (2027ag), the lowest blind figures yet: a
 *   contraction and a modal of obligation were not read at all.
 * - draft-2027ah.md and draft-2027ai.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027af and 2027ag, the blind
 *   checks of round seventeen. 2027ah is a communiqué as G7 and G20 write
 *   them: the marker in a lead-in paragraph ("The two sides decided:",
 *   "Building on this, Japan and the EU will:", "Both sides may, as
 *   appropriate:") and the action in each bullet below it ("- to continue
 *   ...", "- explore ..."), reports as "The two sides welcomed:" over
 *   noun phrases; 2027ai is a joint work plan, each commitment an action
 *   line with Lead, Timing and Status fields ("Both sides to ...",
 *   "Status: completed", "discontinued", "on hold"). First measured: links
 *   0.969 and 0.967, drops 3 of 3 with one false (2027ah) and 4 of 4, fates
 *   18/45 (2027ah, the lowest yet: an action whose marker stands in the
 *   paragraph above it is not read) and 33/45 (2027ai).
 * - draft-2027aj.md: another hand, written and labelled blind after the
 *   rules drawn from 2027ah and 2027ai, a blind check of round eighteen: a
 *   minister's speaking points, imperative bullets to the speaker
 *   ("Welcome ...", "Confirm that both sides will ...", "Reaffirm our
 *   commitment ..."), "Lines to take:" and "Background (not for use):"
 *   paragraphs, "If raised:" lines. First measured: links 1.000, drops 5
 *   of 5, fates 40/45 (the same on the engine as it stood before the rules
 *   of rounds seventeen and eighteen).
 * - draft-2027ak.md: another hand, written and labelled blind with 2027aj,
 *   the other blind check of round eighteen: a chronological narrative,
 *   dated sections ("Autumn 2026", "Spring 2027") reporting across topics
 *   in the past tense, the commitments gathered in a "Looking ahead"
 *   lead-in ("... will in particular:") over bare-verb bullets, no labels.
 *   First measured: links 0.983, drops 5 of 5 with one false, fates 32/45;
 *   on the engine as it stood before the rules of rounds seventeen and
 *   eighteen, 26/45: the lead-in reading drawn from 2027ah held on it.
 * - draft-2027al.md and draft-2027am.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027aj and 2027ak, the blind
 *   checks of round nineteen. 2027al carries agreed language by reference
 *   ("reaffirmed the commitments set out in paragraph 12 of the 2026 Joint
 *   Statement", "the mandate agreed in 2026 stands"); 2027am is American
 *   English with commitments in the future progressive and perfect ("will
 *   be working toward", "will have completed", "remain on track to") and
 *   reports in the present perfect progressive. First measured: links
 *   0.985 and 1.000, all drops found, fates 36/45 (2027al) and 23/45
 *   (2027am: the future progressive and perfect were not read).
 * - draft-2027an.md and draft-2027ao.md: two more hands, written and
 *   labelled blind after the rules drawn from 2027al and 2027am, the blind
 *   checks of round twenty. 2027an is EU English with French calques
 *   ("Both Parties engage themselves to", "it is foreseen to", "agreed on
 *   the opportunity to", "a reflection will be conducted on"); 2027ao is a
 *   letter from the EU co-chair in the first person singular ("I would
 *   propose that our services explore ...", "Let us continue ..."). First
 *   measured: links 1.000 both, all drops found, fates 34/45 (2027an) and
 *   38/45 (2027ao).
 * - draft-2027ap.md: another hand, written and labelled blind with 2027aq,
 *   the other blind check of round twenty-one: the transcript of the
 *   co-chairs' press conference, speaker turns and journalists' questions,
 *   spoken hedges ("I think we can say that we will ...", "hopefully by
 *   next year"). First measured: links 0.984, drops 4 of 4, fates 41/45.
 * - draft-2027aq.md: another hand, written and labelled blind after the
 *   rules drawn from 2027an and 2027ao, a blind check of round twenty-one:
 *   conditional and time-bound commitments, the condition before the marker
 *   ("Should the evaluation prove positive, both sides will ...", "Subject
 *   to the availability of funding, ...", "Not later than the end of 2027,
 *   ..."). First measured: links 0.984, drops 3 of 3, fates 40/45; its
 *   errors are sentences that both report and restate, no rule drawn.
 * - draft-2027ar.md and draft-2027as.md: two other hands, written and
 *   labelled blind as round twenty-two, each repeating a mainstream style of
 *   the held-back drafts afresh (the writers did not read the earlier drafts
 *   in that style): 2027ar a paraphrase-heavy redraft keeping the sections
 *   and labels, nearly every sentence reworded, markers moved within their
 *   tier; 2027as numbered paragraphs, no labels, bullets or headings,
 *   sentences moved between paragraphs and interleaved, firmness shifts
 *   both ways. First measured: links 1.000 and 1.000, status 1.000 and
 *   1.000, all drops found (3 of 3, 5 of 5), fates 39/45 (2027ar) and
 *   43/45 (2027as): 82/90, against 0.744 on the ten exotic registers
 *   before them.
 * - draft-2027at.md and draft-2027au.md: two other hands, written and
 *   labelled blind as round twenty-three, after the rules drawn from 2027ar
 *   and 2027as, again in mainstream styles: 2027at the sections reordered
 *   and renamed, outcomes reported, firmness shifts both ways; 2027au a
 *   light-touch revision, most paragraphs carried near-verbatim with the
 *   2026 outcomes reported beside them. First measured: links 1.000 and
 *   0.984, status 1.000 and 0.969, all drops found (4 of 4, 3 of 3), fates
 *   43/45 (2027at) and 42/45 (2027au): 85/90.
 * - draft-2027av.md and draft-2027aw.md: two other hands, written and
 *   labelled blind as round twenty-four, after the session's rules on
 *   further actions, setting-only reports and light nouns, in mainstream
 *   styles again: 2027av restructured (sections merged and split, topics
 *   merged in one bullet, half the sentences reworded); 2027aw firmness as
 *   the main change, markers moved across and within tiers with their
 *   objects kept. Both writers saw the first line of main's latest commit
 *   message, printed by `git worktree add` (a rule about the Early Warning
 *   Mechanism's commitment). First measured: links 0.967 and 1.000, status
 *   1.000 and 1.000, drops 4 of 5 (2027av: AI Summits kept as a weak third
 *   precedent of a merged AI bullet, see dropsMissed) and 4 of 4, fates
 *   42/45 and 41/45: 83/90.
 * - draft-2027ax.md and draft-2027ay.md: two other hands, written and
 *   labelled blind as round twenty-five, after every rule of the session
 *   (worktrees made quietly: no commit message seen): 2027ax paraphrased
 *   throughout with sentences moved into a neighbouring bullet of another
 *   topic; 2027ay close to the 2026 wording, the change what is left out
 *   (seven commitments taken out of kept bullets). First measured: links
 *   0.985 and 1.000, status 1.000 and 1.000, all drops found (3 of 3, 4 of
 *   4), fates 39/45 (2027ax) and 44/45 (2027ay): 83/90.
 * - draft-2027az.md and draft-2027ba.md: two other hands, written and
 *   labelled blind as round twenty-six, after the rules drawn from 2027ax
 *   (2027az's writer saw the subject line of main's latest commit after
 *   committing the labels; its README says so): 2027az bullets kept with
 *   their labels turned into topic-first sentences ("On submarine cables,
 *   both sides ..."); 2027ba reports in the present perfect and passive,
 *   markers changed within their tier, commitments split into two
 *   sentences. First measured: links 0.967 and 1.000, status 0.969 and
 *   1.000, all drops found (4 of 4 with one false: the bare AI label, which
 *   its labeller links to the AI lead-in, a call the README calls
 *   disputable; 3 of 3), fates 41/45 (2027az) and 40/45 (2027ba): 81/90.
 * - draft-2027bb.md and draft-2027bc.md: two other hands, written and
 *   labelled blind as round twenty-seven, after every rule of the session
 *   before (worktrees made quietly): 2027bb numbered paragraphs without
 *   labels or headings, the 2026 sections reordered, half the wording
 *   paraphrased, firmness moved both ways; 2027bc a paraphrased redraft
 *   with most labels renamed, two sections merged, synonyms for the
 *   markers' verbs. First measured: links 1.000 and 0.969, status
 *   1.000 and 0.969, all drops found (4 of 4, 4 of 4), fates 40/45
 *   (2027bb) and 40/45 (2027bc): 80/90.
 * - draft-2027bd.md and draft-2027be.md: two other hands, written and
 *   labelled blind as round twenty-eight, after the rules drawn from
 *   2027bb and 2027bc (measured with them, before they were committed;
 *   worktrees made quietly): 2027bd the labelled style paraphrased
 *   sentence by sentence, three merges (one across sections), a split;
 *   2027be numbered paragraphs without labels, sentences moved into a
 *   neighbouring topic's paragraph. First measured: links 1.000 and
 *   1.000, status 1.000 and 1.000, all drops found (3 of 3, 5 of 5; in
 *   the other style 2027bd has one false drop), fates 40/45 (2027bd) and
 *   45/45 (2027be): 85/90.
 * - draft-2027bf.md and draft-2027bg.md: two other hands, written and
 *   labelled blind as round twenty-nine, after the rules drawn from
 *   2027bd (worktrees made quietly): 2027bf the labelled style with the
 *   sections reordered and renamed, bullets moved between sections,
 *   firmness shifted both ways; 2027bg a light-touch revision in the
 *   spirit of draft 2027a, commitments quietly removed from kept bullets.
 *   First measured: links 1.000 and 1.000, status 1.000 and 1.000, all
 *   drops found (4 of 4, 3 of 3), fates 41/45 (2027bf) and 43/45
 *   (2027bg): 84/90.
 * - draft-2027bh.md and draft-2027bi.md: two other hands, written and
 *   labelled blind as round thirty, after the rules drawn from 2027bf
 *   and 2027bg (measured with them, before they were committed;
 *   worktrees made quietly): 2027bh the labelled style paraphrased
 *   throughout, sentences reordered inside bullets, outcomes in the
 *   present perfect; 2027bi numbered paragraphs without labels, reports
 *   moved to the paragraph of the commitment they fulfil.
 *   First measured: links 1.000 and 1.000, status 1.000 and 1.000, all
 *   drops found (4 of 4, 4 of 4), fates 44/45 (2027bh) and 43/45
 *   (2027bi): 87/90.
 * - draft-2027bj.md and draft-2027bk.md: two other hands, written and
 *   labelled blind as round thirty-one, after the rule drawn from 2027bi
 *   (measured with it, before it was committed; worktrees made quietly):
 *   2027bj the labelled style with sections merged and split and bullets
 *   regrouped under them; 2027bk numbered paragraphs without labels, each
 *   opened by a topic sentence, 2026 bullets folded together.
 *   First measured: links 1.000 and 0.968, status 1.000 and 0.938, all
 *   drops found (3 of 3, 4 of 4), fates 44/45 (2027bj) and 40/45
 *   (2027bk): 84/90.
 * - draft-2027bl.md and draft-2027bm.md: two other hands, written and
 *   labelled blind as round thirty-two, the session's last blind check
 *   (worktrees made quietly): 2027bl the labelled style paraphrased, two
 *   thirds of the sentences reworded, firmness moved both ways; 2027bm
 *   numbered paragraphs without labels, commitments brought together with
 *   the reports of what they led to, a section moved to the end.
 *   First measured: links 1.000 and 0.984, status 1.000 and 1.000, all
 *   drops found (3 of 3, 4 of 4), fates 44/45 (2027bl) and 44/45
 *   (2027bm): 88/90.
 * - draft-2027bn.md and draft-2027bo.md: two other hands, written and
 *   labelled blind as round thirty-three, after every rule of the session
 *   (worktrees made quietly): 2027bn the labelled style with sections
 *   reordered and renamed, economic security first, firmness moved both
 *   ways; 2027bo numbered paragraphs without labels, the bullets rewritten
 *   as prose, one bullet's sentences spread over two paragraphs and
 *   several bullets' gathered in one. First measured: links 1.000 and
 *   0.984, status 1.000 and 1.000, all drops found (4 of 4, 4 of 4), fates
 *   42/45 (2027bn) and 41/45 (2027bo): 83/90.
 * - draft-2027bp.md and draft-2027bq.md: two other hands, written and
 *   labelled blind as round thirty-four, at the start of the next session
 *   (worktrees made quietly): 2027bp the labelled style paraphrased
 *   sentence by sentence, two headings renamed, outcomes in mixed tenses,
 *   firmness moved both ways; 2027bq numbered paragraphs without labels or
 *   headings, topics reordered (economic security and connectivity first),
 *   a commitment pulled into the paragraph before and a report moved into
 *   a related topic's paragraph. First measured: links 1.000 and 0.983,
 *   status 1.000 and 1.000, all drops found (3 of 3, 5 of 5), fates 39/45
 *   (2027bp) and 41/45 (2027bq): 80/90.
 * - draft-2027br.md and draft-2027bs.md: two other hands, written and
 *   labelled blind as round thirty-five, after the session's rules drawn
 *   from 2027bp and 2027bq (worktrees made quietly): 2027br the labelled
 *   style with two sections merged and one split, labels renamed,
 *   outcomes beside the commitments they fulfil, firmness moved both ways;
 *   2027bs numbered paragraphs without labels or headings, bullets folded
 *   and split, sentences moved into a related topic's paragraph. First
 *   measured: links 1.000 and 0.984, status 1.000 and 1.000, all drops
 *   found (3 of 3, 4 of 4), fates 42/45 (2027br) and 41/45 (2027bs):
 *   83/90.
 * - draft-2027bt.md and draft-2027bu.md: two other hands, written and
 *   labelled blind as round thirty-six, after the rules drawn from 2027br
 *   and 2027bs (worktrees made quietly): 2027bt the labelled style
 *   paraphrased throughout, three merges (one across sections) and a
 *   split, reports beside the commitments they fulfil; 2027bu the labelled
 *   style with the sections reordered (platforms first, data last) and
 *   renamed, most labels renamed, outcomes in the simple past, firmness
 *   moved both ways. First measured: links 0.984 and 0.984, status 1.000
 *   and 1.000; drops 3 of 3 with one false in 2027bt (Multilateral
 *   cooperation, merged across sections into Global Governance, its link
 *   missed) and 3 of 4 in 2027bu (Governmental AI read as continued by the
 *   AI Legislation bullet); fates 41/45 (2027bt) and 42/45 (2027bu): 83/90.
 * - draft-2027bv.md and draft-2027bw.md: two other hands, written and
 *   labelled blind as round thirty-seven, after every rule of the session
 *   (worktrees made quietly): 2027bv numbered paragraphs without labels or
 *   headings, the 2026 bullets rewritten as prose, a report and a
 *   commitment moved into neighbouring paragraphs; 2027bw the labelled
 *   style heavily paraphrased, two merges (one across sections) and a
 *   split, sentences reordered inside bullets. First measured: links 1.000
 *   and 1.000, status 1.000 and 1.000, all drops found (5 of 5, 4 of 4),
 *   fates 45/45 (2027bv) and 42/45 (2027bw): 87/90.
 * - draft-2027bx.md and draft-2027by.md: two other hands, written and
 *   labelled blind as round thirty-eight, after every rule of the session
 *   (worktrees made quietly): 2027bx the labelled style with the sections
 *   reordered (economic security first) and renamed, outcomes reported
 *   done, firmness moved both ways; 2027by numbered paragraphs without
 *   labels or headings, bullets folded, commitments moved next to the
 *   reports of what they led to. First measured: links 1.000 and 0.968,
 *   status 1.000 and 1.000, all drops found (4 of 4, 4 of 4), fates 43/45
 *   (2027bx) and 42/45 (2027by): 85/90.
 * - draft-2027ab.md (in labelled/, not registered): another hand, written
 *   and labelled blind with 2027ac as round fourteen, an EU-internal
 *   debriefing note to Member States in telegraphic shorthand ("JP and COM
 *   to consider whether ...", "Follow-up: COM to circulate ... by
 *   06/2027", "DPC5 held in Tokyo on 28/05/2027", subjects dropped). Blind:
 *   links 0.984, a false drop (the meeting paragraph), fates 34/45. After
 *   the rules drawn from it (the sides abbreviated, follow-up infinitives,
 *   a meeting named by its body's acronym and number, "held 01/2027"): as
 *   written links 1.000, no false drop, fates 37/45; but in the other style
 *   (labels taken out) its "WG launched 22/09/2026 ..." loses the label
 *   "Data Strategy WG:" that linked it, its precedent is reported dropped
 *   and its fates are 35/45, under the floor: an acronym no document
 *   defines ("WG" for "Working Group") is not read yet.
 *
 * None of the blind drafts trains the link model. The clause and fate
 * readings were, however, written from the fate errors of 2027r and 2027s
 * (round one), then of 2027u (round two), of 2027v (round three) and of
 * 2027w (round four) and of 2027x (round five), each after it had been
 * measured blind; 2027t stayed a check after round one, 2027v was the
 * blind check of round two, 2027w that of round three, 2027x that of round
 * four and 2027y that of round five; 2027o and 2027z, written by two more
 * hands at once, were the blind checks of round six, 2027m and 2027n
 * of round seven, 2027k and 2027l of round eight, 2027i and 2027j of
 * round nine, 2027h and 2027g of round ten, 2027f and 2027e of round
 * eleven, 2027d and 2027c of round twelve, 2027b and 2027aa of round
 * thirteen, 2027ab and 2027ac of round fourteen, 2027ae and 2027ad of round
 * fifteen, 2027af and 2027ag of round sixteen, 2027ah and 2027ai of round
 * seventeen, 2027aj and 2027ak of round eighteen, 2027al and 2027am of
 * round nineteen, 2027an and 2027ao of round twenty, 2027ap and 2027aq of
 * round twenty-one.
 *
 * The reader who wrote each labelled its links (carried or revised by the
 * README's rule, verbatimShares.ts, applied when the labels were written)
 * and the fate of each commitment of 2026 in it, by the definitions of the
 * gold README.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, statementBlocks } from '../engine/index';
import { readCorpusDocument, readJsonLines, resolveLines, type GoldAlignLine, type GoldCommitment, type LabelledPair } from './labelledPairs';

const labelled = new URL('labelled/', import.meta.url);

const readLines = <T>(name: string): T[] => readJsonLines<T>(new URL(name, labelled));

/**
 * Whether the link model learns from the pair. Draft 2027p does: with it,
 * the 2025 -> 2026 pair held out gains (link F1 0.857 -> 0.875, status 0.909
 * -> 0.939) and the others keep their figures. Draft 2027q does not: most of
 * its blocks are carried near-verbatim, and with it the model leans on
 * verbatim wording again (2024 -> 2025 held out falls from 0.974 to 0.923);
 * it is a check the model never saw. Nor are drafts 2027r to 2027y: each
 * was written and labelled blind to the engine (labels committed before
 * it was run on them), to measure it on text nobody tuned it on.
 */
export const WRITTEN = [
  { id: '2027p', name: '2026 → draft 2027p (written by us: paraphrase, merges, splits, new initiatives, drops)', trainedOn: true },
  { id: '2027q', name: '2026 → draft 2027q (written by us: sections reordered, labels renamed, new initiatives, outcomes, firmness shifts, drops)', trainedOn: false },
  { id: '2027r', name: '2026 → draft 2027r (written by us, labelled blind: another voice, sections merged and split, topics moved, new initiatives, drops)', trainedOn: false },
  { id: '2027s', name: '2026 → draft 2027s (written by another hand, blind: numbered paragraphs, no labels or headings, paraphrase, merges, a split, sentences moved, new initiatives, firmness shifts, drops)', trainedOn: false },
  { id: '2027t', name: '2026 → draft 2027t (written blind: outcomes reported done, restatements in other words, firmness shifts, silent drops, a merge, a split, new initiatives, drops)', trainedOn: false },
  { id: '2027u', name: '2026 → draft 2027u (written by another hand, blind: long folded sentences, participial clauses, nominalisations, sections reordered, merges, a split, new initiatives, firmness shifts, drops)', trainedOn: false },
  { id: '2027v', name: '2026 → draft 2027v (written by another hand, blind: chair\'s-summary voice, dated reports and deadlines, sentences redistributed, merges, a split, new initiatives, silent drops, firmness shifts, drops)', trainedOn: false },
  { id: '2027w', name: '2026 → draft 2027w (written by another hand, blind: Japan-first voice, ministries as actors, other markers, splits, a merge, sections renamed and reordered, new initiatives, silent drops, firmness shifts, drops)', trainedOn: false },
  { id: '2027x', name: '2026 → draft 2027x (written by another hand, blind: terse register, enumerated commitments, present-perfect reports, merges across sections, splits, new initiatives, silent drops, firmness shifts, drops)', trainedOn: false },
  { id: '2027y', name: '2026 → draft 2027y (written by another hand, blind: negotiated text, hedges and conditions, commitments in subordinate clauses, headings as lead sentences, merges, splits, new initiatives, silent drops, firmness shifts, drops)', trainedOn: false },
  { id: '2027o', name: '2026 → draft 2027o (written by another hand, blind: Japanese-pen register, "shared the view", "confirmed to promote", passive and nominal commitments, one-sided halves, sections reordered and renamed, labels dropped, merges, splits, new initiatives, silent drops, firmness shifts, drops)', trainedOn: false },
  { id: '2027z', name: '2026 → draft 2027z (written by another hand, blind: a light-touch revision, modals moved across tiers in verbatim sentences, endings and postponements, gated and negated commitments, present perfect continuous reports, sentences moved, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027n', name: '2026 → draft 2027n (written by another hand, blind: a leaders\' declaration in the present tense, "we" and "the Participants", deadlines, tasks given to bodies, firmness escalations, topic labels as "On ..." sentences, sections merged, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027m', name: '2026 → draft 2027m (written by another hand, blind: a work programme, "Achievements:" in verbless fragments and "Next steps:" in bare verbs under topic headings, merges, splits, new initiatives, silent drops, firmness shifts, drops)', trainedOn: false },
  { id: '2027k', name: '2026 → draft 2027k (written by another hand, blind: a condensed draft, commitments carried by reference and ellipsis ("This work will continue", "The same applies to ..."), nested lists, folded commitments, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027l', name: '2026 → draft 2027l (written by another hand, blind: targets and milestones, "Result:", "Target met:", "Target not met: ... rescheduled", conditions, sections reordered, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027i', name: '2026 → draft 2027i (written by another hand, blind: idioms and phrasal verbs for commitments and reports ("press ahead with", "got under way", "keep the door open to"), sections reordered, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027j', name: '2026 → draft 2027j (written by another hand, blind: a resolution, preambular "Recalling ..." paragraphs and numbered operative paragraphs with the Council as understood subject ("Decides to", "Requests the Working Group to"), merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027h', name: '2026 → draft 2027h (written by another hand, blind: reorganised around three themes, Trust, Resilience and Competitiveness, labels renamed, commitments regrouped across sections, paraphrase, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027g', name: '2026 → draft 2027g (written by another hand, blind: a hurried non-native first draft, misspelt marker verbs ("commited", "reafirmed", "welcommed", "intension", "continu"), comma splices, missing articles, mixed spellings, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027f', name: '2026 → draft 2027f (written by another hand, blind: a joint press release, commitments in the co-chairs\' quotations and in reported speech ("would", "aim to", "are set to", "look forward to"), a background section in the past tense, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027e', name: '2026 → draft 2027e (written by another hand, blind: Council conclusions, numbered paragraphs under one subject with capitalised operative verbs ("REAFFIRM", "STRESS the need to", "AGREE to", "TAKE NOTE of"), merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027d', name: '2026 → draft 2027d (written by another hand, blind: a summary record of the meeting in reported speech ("The EU side stated that it would ...", "was to", "undertook to"), one side\'s commitments taken up by the other, "Conclusion:" paragraphs, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027c', name: '2026 → draft 2027c (written by another hand, blind: a legal, MoU-like text, "the Participants shall endeavour to", "undertake to", "are to", provisos and cross-references, recitals reporting progress, sub-points, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027b', name: '2026 → draft 2027b (written by another hand, blind: the co-chairs\' address to the press in the first person ("I am pleased to say that we will ...", "are going to", "we are ready to"), rhetorical questions, reports in the present perfect, spoken signposts for labels, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027aa', name: '2026 → draft 2027aa (written by another hand, blind: each section collapsed into one or two long paragraphs, no bullets or labels, topics chained with "as regards", "moreover", "whereas", commitments of several bullets in one sentence, sentences with two fates, ten merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ac', name: '2026 → draft 2027ac (written by another hand, blind: a negotiating text in mid-negotiation, square-bracketed alternatives ("[will][intend to]"), "[JP: delete]", "[EU proposal: ...]", "[Agreed]" and "[Pending]" marks, placeholders, a reservation footnote, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ae', name: '2026 → draft 2027ae (written by another hand, blind: an impersonal minute in the passive, "It was agreed that the Working Group would ...", "It is intended that ...", "Consideration will be given to ...", "Further work is foreseen on ...", nominalisations, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ag', name: '2026 → draft 2027ag (written by another hand, blind: commitments in modals of obligation and necessity, "must", "need to", "have to", "it is essential that both sides", "should", some negated ("no longer need to"), reports in the simple past, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027af', name: '2026 → draft 2027af (written by another hand, blind: a plain-language rewrite for a web page, "we" for both sides, contractions ("We\'ll keep ...", "We\'ve signed ..."), everyday verbs ("team up", "step up"), question headings, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ah', name: '2026 → draft 2027ah (written by another hand, blind: a communiqué whose commitments sit in lead-ins ("The two sides decided:", "Both sides may, as appropriate:") over bullets of infinitives and bare verbs, reports as "welcomed:" over noun phrases, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ai', name: '2026 → draft 2027ai (written by another hand, blind: a joint work plan, numbered action lines with Lead, Timing and Status fields ("Both sides to ...", "Status: completed", "discontinued", "on hold"), merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027aj', name: '2026 → draft 2027aj (written by another hand, blind: a minister\'s speaking points, imperative bullets to the speaker ("Welcome ...", "Confirm that both sides will ...", "Reaffirm our commitment ..."), "Lines to take:" and "Background (not for use):" paragraphs, "If raised:" lines, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027al', name: '2026 → draft 2027al (written by another hand, blind: agreed language by reference, "reaffirmed the commitments set out in paragraph 12 of the 2026 Joint Statement", "the mandate agreed in 2026 stands", numbered paragraphs referring to each other, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027am', name: '2026 → draft 2027am (written by another hand, blind: American English, commitments in the future progressive and perfect ("will be working toward", "will have completed", "remain on track to"), reports in the present perfect progressive, "Having signed ..., both sides will now ...", merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027an', name: '2026 → draft 2027an (written by another hand, blind: EU English with French calques, "Both Parties engage themselves to", "it is foreseen to", "agreed on the opportunity to", "a reflection will be conducted on", "eventually" for "possibly", merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ao', name: '2026 → draft 2027ao (written by another hand, blind: a letter from the EU co-chair in the first person singular, "I was pleased that we agreed to continue ...", "I would propose that our services explore ...", "Let us continue ...", one-sided proposals beside joint commitments, paragraphs only, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ap', name: '2026 → draft 2027ap (written by another hand, blind: the transcript of the co-chairs\' press conference, speaker turns, journalists\' questions, spoken hedges ("I think we can say that we will ...", "we\'re certainly going to keep ...", "hopefully by next year"), merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027aq', name: '2026 → draft 2027aq (written by another hand, blind: conditional and time-bound commitments, the condition before the marker ("Should the evaluation prove positive, both sides will ...", "Subject to the availability of funding, ...", "Once the implementing acts are adopted, ...", "Not later than the end of 2027, ..."), merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ar', name: '2026 → draft 2027ar (written by another hand, blind: a paraphrase-heavy redraft in the ordinary style, sections and labels kept, nearly every sentence reworded, synonyms, clauses reordered, acronyms spelled out or shortened, markers moved within their tier, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027as', name: '2026 → draft 2027as (written by another hand, blind: numbered paragraphs, no labels, bullets or headings, topics named in each paragraph\'s first sentence, sentences moved between paragraphs and interleaved, firmness shifts both ways, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027at', name: '2026 → draft 2027at (written by another hand, blind: the ordinary style with the sections reordered and renamed, security first, labels renamed, outcomes reported, firmness shifts both ways, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027au', name: '2026 → draft 2027au (written by another hand, blind: a light-touch revision, most paragraphs carried near-verbatim with facts updated and the 2026 outcomes reported beside them, a section moved, merges, splits, new paragraphs, silent drops, drops)', trainedOn: false },
  {
    id: '2027av',
    name: '2026 → draft 2027av (written by another hand, blind: restructured in the ordinary style, two sections merged and one split, topics of several bullets merged in one, half the sentences reworded, labels renamed, merges, splits, new initiatives, silent drops, drops)',
    trainedOn: false,
    dropsMissed: {
      count: 1,
      reason:
        'the AI Summits bullet, dropped, is kept as a third precedent of the "Trustworthy AI" bullet that merges two other AI bullets (link probability 0.51 on the shared name "AI" alone, no sentence continued); found in the other style, without the label. Asking every precedent of a merge but the main one for a continued sentence found it, but brought 20 false drops across the drafts (2025 -> 2026 one), and was not kept',
    },
  },
  { id: '2027aw', name: '2026 → draft 2027aw (written by another hand, blind: firmness as the main change, markers moved across tiers and within them with their objects kept, outcomes reported, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ax', name: '2026 → draft 2027ax (written by another hand, blind: paraphrased throughout with topic labels, sentences moved into a neighbouring bullet of another topic, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ay', name: '2026 → draft 2027ay (written by another hand, blind: close to the 2026 wording, the change what is left out: seven commitments taken out of kept bullets, merges, splits, new initiatives, drops)', trainedOn: false },
  { id: '2027az', name: '2026 → draft 2027az (written by another hand, blind: bullets kept, their labels turned into topic-first sentences ("On submarine cables, both sides ..."), moderate paraphrase, outcomes reported, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027ba', name: '2026 → draft 2027ba (written by another hand, blind: reports in the present perfect and the passive, markers changed within their tier, commitments split into an action sentence and a purpose sentence, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bb', name: '2026 → draft 2027bb (written by another hand, blind: numbered paragraphs, no labels or headings, sections reordered, half the wording paraphrased, firmness moved both ways, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bc', name: '2026 → draft 2027bc (written by another hand, blind: a paraphrased redraft, most labels renamed, two sections merged, synonyms for the markers\' verbs, outcomes in the simple past, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bd', name: '2026 → draft 2027bd (written by another hand, blind: the labelled style paraphrased sentence by sentence, outcomes beside the commitments they fulfil, three merges, one across sections, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027be', name: '2026 → draft 2027be (written by another hand, blind: numbered paragraphs without labels, sentences moved into a neighbouring topic\'s paragraph, two paragraphs swapped, firmness shifts, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bf', name: '2026 → draft 2027bf (written by another hand, blind: the labelled style with the sections reordered and renamed, bullets moved between sections, firmness shifted both ways, outcomes reported, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bg', name: '2026 → draft 2027bg (written by another hand, blind: a light-touch revision, most sentences kept or lightly updated, dated reports beside kept commitments, commitments quietly removed from kept bullets, merges, splits, new initiatives, drops)', trainedOn: false },
  { id: '2027bh', name: '2026 → draft 2027bh (written by another hand, blind: the labelled style paraphrased throughout, sentences reordered inside bullets, outcomes in the present perfect, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bi', name: '2026 → draft 2027bi (written by another hand, blind: numbered paragraphs without labels, sentences moved between paragraphs, reports moved to the commitment they fulfil, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bj', name: '2026 → draft 2027bj (written by another hand, blind: the labelled style restructured, two sections merged and one split, bullets regrouped under them, moderate paraphrase, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bk', name: '2026 → draft 2027bk (written by another hand, blind: numbered paragraphs without labels, each opened by a topic sentence, 2026 bullets folded together, sentences moved, firmness shifts, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bl', name: '2026 → draft 2027bl (written by another hand, blind: the labelled style paraphrased, outcomes in the simple past and present perfect beside restated commitments, firmness shifts both ways, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bm', name: '2026 → draft 2027bm (written by another hand, blind: numbered paragraphs without labels, commitments brought together with the reports of what they led to, a section moved to the end, firmness shifts, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bn', name: '2026 → draft 2027bn (written by another hand, blind: the labelled style with sections reordered and renamed, economic security first, labels renamed, firmness moved both ways, outcomes in the present perfect, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bo', name: '2026 → draft 2027bo (written by another hand, blind: numbered paragraphs without labels, the bullets rewritten as prose, sentences of one bullet spread over two paragraphs and of several gathered in one, firmness shifts, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bp', name: '2026 → draft 2027bp (written by another hand, blind: the labelled style paraphrased sentence by sentence, two headings renamed, outcomes in mixed tenses, firmness shifts both ways, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bq', name: '2026 → draft 2027bq (written by another hand, blind: numbered paragraphs without labels or headings, topics reordered with economic security first, a commitment pulled into the paragraph before, a report moved into a related topic, firmness shifts both ways, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027br', name: '2026 → draft 2027br (written by another hand, blind: the labelled style with two sections merged and one split, labels renamed, outcomes beside the commitments they fulfil, firmness shifts both ways, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bs', name: '2026 → draft 2027bs (written by another hand, blind: numbered paragraphs without labels or headings, bullets folded and split, sentences moved into a related topic, dated reports, firmness shifts both ways, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bt', name: '2026 → draft 2027bt (written by another hand, blind: the labelled style paraphrased throughout, three merges, one across sections, a split, reports beside the commitments they fulfil, firmness shifts both ways, new initiatives, silent drops, drops)', trainedOn: false },
  {
    id: '2027bu',
    name: '2026 → draft 2027bu (written by another hand, blind: the labelled style with the sections reordered and renamed, platforms first, labels renamed, outcomes in the simple past, firmness shifts both ways, merges, splits, new initiatives, silent drops, drops)',
    trainedOn: false,
    dropsMissed: {
      count: 1,
      reason:
        'the Governmental AI bullet, dropped, is kept as a second precedent of the "AI Legislation" bullet, which continues Regulatory Cooperation (link probability 0.71: the label word and only name "AI" shared, with "exchanged" and "practice"); "AI" names most blocks of the AI section and nothing of the initiative. Found in the other style, without the labels',
    },
  },
  { id: '2027bv', name: '2026 → draft 2027bv (written by another hand, blind: numbered paragraphs without labels or headings, the bullets rewritten as prose, a report and a commitment moved into neighbouring paragraphs, firmness shifts both ways, merges, splits, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bw', name: '2026 → draft 2027bw (written by another hand, blind: the labelled style heavily paraphrased, two merges, one across sections, a split, sentences reordered inside bullets, reports in the present perfect, firmness shifts both ways, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027bx', name: '2026 → draft 2027bx (written by another hand, blind: the labelled style with the sections reordered, economic security first, and renamed, outcomes reported done, firmness shifts both ways, merges, a split, new initiatives, silent drops, drops)', trainedOn: false },
  { id: '2027by', name: '2026 → draft 2027by (written by another hand, blind: numbered paragraphs without labels or headings, bullets folded and one split, commitments moved next to the reports of what they led to, firmness shifts both ways, new initiatives, silent drops, drops)', trainedOn: false },
  {
    id: '2027ak',
    name: '2026 → draft 2027ak (written by another hand, blind: a chronological narrative, dated sections reporting across topics in the past tense, the commitments gathered in a "Looking ahead" lead-in over bare-verb bullets, no labels, merges, splits, new initiatives, silent drops, drops)',
    trainedOn: false,
    fatesBelowFloor:
      'its labeller reads an effort to continue reported continued ("have continued to discuss") as restated where the public 2024 -> 2025 labels read it as progressed (3 fates), and two sentences joined by a semicolon carry a merged bullet the alignment does not join (Governmental AI, reported dropped)',
  },
] as const;

export type WrittenDraft = (typeof WRITTEN)[number]['id'];

export const writtenDraftText = (id: WrittenDraft): string => readFileSync(new URL(`draft-${id}.md`, labelled), 'utf8');

/**
 * The written pairs, each with the id of its draft, whether the link model
 * learns from it, and, for a draft whose fates stay under the floor the
 * issue sets, why (null for the others): `npm run eval` prints it with the
 * rest, and its links, drops and commitments found are held to the floor.
 * A draft whose real drops are not all found says how many are missed and
 * why: the test holds it to the rest.
 */
export function writtenPairs(): Array<{ id: WrittenDraft; pair: LabelledPair; trainedOn: boolean; fatesBelowFloor: string | null; dropsMissed: { count: number; reason: string } | null }> {
  const prior = statementBlocks(readCorpusDocument('council-note-8288-1-26-rev1'));
  return WRITTEN.map((written) => {
    const { id, name, trainedOn } = written;
    const draft = statementBlocks(parseDocument(writtenDraftText(id)));
    return {
      id,
      trainedOn,
      fatesBelowFloor: 'fatesBelowFloor' in written ? written.fatesBelowFloor : null,
      dropsMissed: 'dropsMissed' in written ? written.dropsMissed : null,
      pair: {
        name,
        origin: 'gold' as const,
        prior: { blocks: prior },
        draft: { blocks: draft },
        ...resolveLines(`draft ${id}`, prior, draft, readLines<GoldAlignLine>(`align-2026-draft${id}.jsonl`)),
        commitments: readLines<GoldCommitment>(`commitments-2026-draft${id}.jsonl`),
      },
    };
  });
}
