package taipan.parse;

/**
 * The tree and the future flags in effect after this source's future imports, OR'd with the
 * flags given to the parser.
 */
public record ParseResult(Ast.Mod tree, int futureFlags) {}
