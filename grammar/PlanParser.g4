// The block structure of a .plan file.
//
// planc lexes by line with a hand-written token source (compiler/syntax/line_lexer.cc):
// a line's first characters decide its kind, so bulk Chinese prose reaches this parser
// as one TEXT token per line and never passes through an ANTLR lexer character by
// character. Inline meaning (organisation names, quantities, dates) is read later by
// the IR readers, on the text of the blocks this grammar delimits.
parser grammar PlanParser;

tokens {
  FM_FENCE,    // '---' opening or closing the front matter
  FM_LINE,     // key：value inside the front matter
  HEADING,     // '#'+ [number] title [{attributes}]
  DIV_OPEN,    // '::: name args'   a semantic block around verbatim text
  DIV_CLOSE,   // ':::'
  TABLE_ROW,   // '| cell | cell {行=2} |'
  TABLE_RULE,  // '|---|---|' between header rows and body rows
  ITEM,        // a prose line that starts with a list marker: (１) （一） ① 1.
  TEXT,        // any other prose line
  BLANK,       // an empty line: ends a paragraph
  COMMENT      // '<!-- … -->', also planc-disable suppressions
}

document    : BLANK* frontMatter? content* EOF ;

frontMatter : FM_FENCE (FM_LINE | COMMENT | BLANK)* FM_FENCE ;

content     : heading | div | table | paragraph | comment | BLANK ;

heading     : HEADING ;

div         : DIV_OPEN content* DIV_CLOSE ;

table       : TABLE_ROW+ (TABLE_RULE TABLE_ROW*)? ;

paragraph   : (TEXT | ITEM) TEXT* ;

comment     : COMMENT ;
