package org.gillab.lang;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of token the {@link Lexer} produces.
 *
 * <p>Keywords and operators each get their own kind so that the parser can test for them by
 * identity. Soft keywords ({@code match}, {@code case}, {@code type}, {@code _}) stay {@link #NAME}s,
 * as in CPython, because they are ordinary identifiers everywhere else.
 */
public enum TokenKind {
    // ---- structure and literals
    NAME(null), NUMBER(null), STRING(null),
    NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),

    // ---- keywords
    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"),
    TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),

    // ---- brackets
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),

    // ---- delimiters
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), RARROW("->"), COLONEQUAL(":="),
    EQUAL("="), AT("@"),

    // ---- operators
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    LESS("<"), GREATER(">"), LESSEQUAL("<="), GREATEREQUAL(">="), EQEQUAL("=="), NOTEQUAL("!="),

    // ---- augmented assignment
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="), DOUBLESTAREQUAL("**="), VBAREQUAL("|="), AMPEREQUAL("&="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), ATEQUAL("@=");

    /** The keyword or operator spelling; null for the structural and literal kinds. */
    public final String text;

    TokenKind(String text) { this.text = text; }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.text == null) continue;
            if (Character.isLetter(k.text.charAt(0))) KEYWORDS.put(k.text, k);
            else OPERATORS.put(k.text, k);
        }
    }

    /** The keyword spelled {@code word}, or null if it is an ordinary name. */
    public static TokenKind keyword(String word) { return KEYWORDS.get(word); }

    /** The operator or delimiter spelled exactly {@code s}, or null. */
    public static TokenKind operator(String s) { return OPERATORS.get(s); }

    /** An augmented assignment operator such as {@code +=}. */
    public boolean isAugAssign() { return text != null && text.length() >= 2 && text.endsWith("=")
            && this != EQEQUAL && this != NOTEQUAL && this != LESSEQUAL && this != GREATEREQUAL
            && this != COLONEQUAL; }

    /** How the kind is named in messages: the spelling in quotes, or a description. */
    public String describe() {
        if (text != null) return "'" + text + "'";
        return switch (this) {
            case NAME -> "name";
            case NUMBER -> "number";
            case STRING -> "string";
            case NEWLINE -> "end of line";
            case INDENT -> "indent";
            case DEDENT -> "dedent";
            default -> "end of file";
        };
    }
}
