package taipan.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import taipan.parse.Ast.*;

/** Renders a tree exactly as CPython 2.7's {@code ast.dump(tree)} (optionally with attributes). */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();
    private final boolean attributes;

    private AstDump(boolean attributes) {
        this.attributes = attributes;
    }

    public static String dump(Mod mod) {
        return dump(mod, false);
    }

    /** With {@code includeAttributes}, as {@code ast.dump(tree, include_attributes=True)}. */
    public static String dump(Mod mod, boolean includeAttributes) {
        AstDump d = new AstDump(includeAttributes);
        d.mod(mod);
        return d.sb.toString();
    }

    // ---- generic node writing ----------------------------------------------------------------

    private int fields;

    private void open(String name) {
        sb.append(name).append('(');
        fields = 0;
    }

    private void field(String name) {
        if (fields++ > 0) sb.append(", ");
        sb.append(name).append('=');
    }

    private void close(Node n) {
        if (attributes && n != null) {
            sb.append(fields > 0 ? ", " : " ");
            sb.append("lineno=").append(n.line()).append(", col_offset=").append(n.col());
        }
        sb.append(')');
    }

    private void f(String name, Expr e) {
        field(name);
        int saved = fields;
        expr(e);
        fields = saved;
    }

    private void f(String name, String s) {
        field(name);
        if (s == null) sb.append("None");
        else sb.append(strRepr(s));
    }

    private void fExprs(String name, List<Expr> list) {
        field(name);
        int saved = fields;
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(list.get(i));
        }
        sb.append(']');
        fields = saved;
    }

    private void fStmts(String name, List<Stmt> list) {
        field(name);
        int saved = fields;
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(", ");
            stmt(list.get(i));
        }
        sb.append(']');
        fields = saved;
    }

    private void fRaw(String name, String text) {
        field(name);
        sb.append(text);
    }

    // ---- modules and statements ---------------------------------------------------------------

    private void mod(Mod m) {
        if (m instanceof Ast.Module x) {
            open("Module");
            fStmts("body", x.body());
        } else if (m instanceof Interactive x) {
            open("Interactive");
            fStmts("body", x.body());
        } else {
            open("Expression");
            f("body", ((Expression) m).body());
        }
        sb.append(')');
    }

    private void stmt(Stmt s) {
        if (s instanceof FunctionDef x) {
            open("FunctionDef");
            f("name", x.name());
            field("args");
            int saved = fields;
            arguments(x.args());
            fields = saved;
            fStmts("body", x.body());
            fExprs("decorator_list", x.decorators());
        } else if (s instanceof ClassDef x) {
            open("ClassDef");
            f("name", x.name());
            fExprs("bases", x.bases());
            fStmts("body", x.body());
            fExprs("decorator_list", x.decorators());
        } else if (s instanceof Return x) {
            open("Return");
            f("value", x.value());
        } else if (s instanceof Delete x) {
            open("Delete");
            fExprs("targets", x.targets());
        } else if (s instanceof Assign x) {
            open("Assign");
            fExprs("targets", x.targets());
            f("value", x.value());
        } else if (s instanceof AugAssign x) {
            open("AugAssign");
            f("target", x.target());
            fRaw("op", operator(x.op()));
            f("value", x.value());
        } else if (s instanceof Print x) {
            open("Print");
            f("dest", x.dest());
            fExprs("values", x.values());
            fRaw("nl", x.nl() ? "True" : "False");
        } else if (s instanceof For x) {
            open("For");
            f("target", x.target());
            f("iter", x.iter());
            fStmts("body", x.body());
            fStmts("orelse", x.orelse());
        } else if (s instanceof While x) {
            open("While");
            f("test", x.test());
            fStmts("body", x.body());
            fStmts("orelse", x.orelse());
        } else if (s instanceof If x) {
            open("If");
            f("test", x.test());
            fStmts("body", x.body());
            fStmts("orelse", x.orelse());
        } else if (s instanceof With x) {
            open("With");
            f("context_expr", x.contextExpr());
            f("optional_vars", x.optionalVars());
            fStmts("body", x.body());
        } else if (s instanceof Raise x) {
            open("Raise");
            f("type", x.type());
            f("inst", x.inst());
            f("tback", x.tback());
        } else if (s instanceof TryExcept x) {
            open("TryExcept");
            fStmts("body", x.body());
            field("handlers");
            int saved = fields;
            sb.append('[');
            for (int i = 0; i < x.handlers().size(); i++) {
                if (i > 0) sb.append(", ");
                ExceptHandler h = x.handlers().get(i);
                open("ExceptHandler");
                f("type", h.type());
                f("name", h.name());
                fStmts("body", h.body());
                close(h);
            }
            sb.append(']');
            fields = saved;
            fStmts("orelse", x.orelse());
        } else if (s instanceof TryFinally x) {
            open("TryFinally");
            fStmts("body", x.body());
            fStmts("finalbody", x.finalbody());
        } else if (s instanceof Assert x) {
            open("Assert");
            f("test", x.test());
            f("msg", x.msg());
        } else if (s instanceof Import x) {
            open("Import");
            aliases(x.names());
        } else if (s instanceof ImportFrom x) {
            open("ImportFrom");
            f("module", x.module());
            aliases(x.names());
            fRaw("level", Integer.toString(x.level()));
        } else if (s instanceof Exec x) {
            open("Exec");
            f("body", x.body());
            f("globals", x.globals());
            f("locals", x.locals());
        } else if (s instanceof Global x) {
            open("Global");
            field("names");
            sb.append('[');
            for (int i = 0; i < x.names().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(strRepr(x.names().get(i)));
            }
            sb.append(']');
        } else if (s instanceof ExprStmt x) {
            open("Expr");
            f("value", x.value());
        } else if (s instanceof Pass) {
            open("Pass");
        } else if (s instanceof Break) {
            open("Break");
        } else if (s instanceof Continue) {
            open("Continue");
        }
        close(s);
    }

    private void aliases(List<Alias> names) {
        field("names");
        int saved = fields;
        sb.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            open("alias");
            f("name", names.get(i).name());
            f("asname", names.get(i).asname());
            sb.append(')');
        }
        sb.append(']');
        fields = saved;
    }

    private void arguments(Arguments a) {
        open("arguments");
        fExprs("args", a.args());
        f("vararg", a.vararg());
        f("kwarg", a.kwarg());
        fExprs("defaults", a.defaults());
        sb.append(')');
    }

    // ---- expressions -----------------------------------------------------------------------------

    private void expr(Expr e) {
        if (e == null) {
            sb.append("None");
            return;
        }
        if (e instanceof BoolOp x) {
            open("BoolOp");
            fRaw("op", x.op() == BoolOperator.AND ? "And()" : "Or()");
            fExprs("values", x.values());
        } else if (e instanceof BinOp x) {
            open("BinOp");
            f("left", x.left());
            fRaw("op", operator(x.op()));
            f("right", x.right());
        } else if (e instanceof UnaryOp x) {
            open("UnaryOp");
            String op;
            switch (x.op()) {
                case INVERT: op = "Invert()"; break;
                case NOT: op = "Not()"; break;
                case UADD: op = "UAdd()"; break;
                default: op = "USub()"; break;
            }
            fRaw("op", op);
            f("operand", x.operand());
        } else if (e instanceof Lambda x) {
            open("Lambda");
            field("args");
            int saved = fields;
            arguments(x.args());
            fields = saved;
            f("body", x.body());
        } else if (e instanceof IfExp x) {
            open("IfExp");
            f("test", x.test());
            f("body", x.body());
            f("orelse", x.orelse());
        } else if (e instanceof Dict x) {
            open("Dict");
            fExprs("keys", x.keys());
            fExprs("values", x.values());
        } else if (e instanceof SetDisplay x) {
            open("Set");
            fExprs("elts", x.elts());
        } else if (e instanceof ListComp x) {
            open("ListComp");
            f("elt", x.elt());
            generators(x.generators());
        } else if (e instanceof SetComp x) {
            open("SetComp");
            f("elt", x.elt());
            generators(x.generators());
        } else if (e instanceof DictComp x) {
            open("DictComp");
            f("key", x.key());
            f("value", x.value());
            generators(x.generators());
        } else if (e instanceof GeneratorExp x) {
            open("GeneratorExp");
            f("elt", x.elt());
            generators(x.generators());
        } else if (e instanceof Yield x) {
            open("Yield");
            f("value", x.value());
        } else if (e instanceof Compare x) {
            open("Compare");
            f("left", x.left());
            field("ops");
            sb.append('[');
            for (int i = 0; i < x.ops().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(cmpop(x.ops().get(i)));
            }
            sb.append(']');
            fExprs("comparators", x.comparators());
        } else if (e instanceof Call x) {
            open("Call");
            f("func", x.func());
            fExprs("args", x.args());
            field("keywords");
            int saved = fields;
            sb.append('[');
            for (int i = 0; i < x.keywords().size(); i++) {
                if (i > 0) sb.append(", ");
                open("keyword");
                f("arg", x.keywords().get(i).arg());
                f("value", x.keywords().get(i).value());
                sb.append(')');
            }
            sb.append(']');
            fields = saved;
            f("starargs", x.starargs());
            f("kwargs", x.kwargs());
        } else if (e instanceof Repr x) {
            open("Repr");
            f("value", x.value());
        } else if (e instanceof Num x) {
            open("Num");
            fRaw("n", numRepr(x.value()));
        } else if (e instanceof Str x) {
            open("Str");
            fRaw("s", x.unicode() ? unicodeRepr(x.value()) : strRepr(x.value()));
        } else if (e instanceof Attribute x) {
            open("Attribute");
            f("value", x.value());
            f("attr", x.attr());
            fRaw("ctx", ctx(x.ctx()));
        } else if (e instanceof Subscript x) {
            open("Subscript");
            f("value", x.value());
            field("slice");
            int saved = fields;
            slice(x.slice());
            fields = saved;
            fRaw("ctx", ctx(x.ctx()));
        } else if (e instanceof Name x) {
            open("Name");
            f("id", x.id());
            fRaw("ctx", ctx(x.ctx()));
        } else if (e instanceof ListDisplay x) {
            open("List");
            fExprs("elts", x.elts());
            fRaw("ctx", ctx(x.ctx()));
        } else if (e instanceof TupleDisplay x) {
            open("Tuple");
            fExprs("elts", x.elts());
            fRaw("ctx", ctx(x.ctx()));
        }
        close(e);
    }

    private void generators(List<Comprehension> gens) {
        field("generators");
        int saved = fields;
        sb.append('[');
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) sb.append(", ");
            Comprehension c = gens.get(i);
            open("comprehension");
            f("target", c.target());
            f("iter", c.iter());
            fExprs("ifs", c.ifs());
            sb.append(')');
        }
        sb.append(']');
        fields = saved;
    }

    private void slice(Slice s) {
        if (s instanceof Ellipsis) {
            sb.append("Ellipsis()");
        } else if (s instanceof SliceRange x) {
            open("Slice");
            f("lower", x.lower());
            f("upper", x.upper());
            f("step", x.step());
            sb.append(')');
        } else if (s instanceof ExtSlice x) {
            open("ExtSlice");
            field("dims");
            int saved = fields;
            sb.append('[');
            for (int i = 0; i < x.dims().size(); i++) {
                if (i > 0) sb.append(", ");
                slice(x.dims().get(i));
            }
            sb.append(']');
            fields = saved;
            sb.append(')');
        } else if (s instanceof Index x) {
            open("Index");
            f("value", x.value());
            sb.append(')');
        }
    }

    private static String ctx(Ctx c) {
        switch (c) {
            case LOAD: return "Load()";
            case STORE: return "Store()";
            case DEL: return "Del()";
            case AUG_LOAD: return "AugLoad()";
            case AUG_STORE: return "AugStore()";
            default: return "Param()";
        }
    }

    private static String operator(Operator o) {
        switch (o) {
            case ADD: return "Add()";
            case SUB: return "Sub()";
            case MULT: return "Mult()";
            case DIV: return "Div()";
            case MOD: return "Mod()";
            case POW: return "Pow()";
            case LSHIFT: return "LShift()";
            case RSHIFT: return "RShift()";
            case BITOR: return "BitOr()";
            case BITXOR: return "BitXor()";
            case BITAND: return "BitAnd()";
            default: return "FloorDiv()";
        }
    }

    private static String cmpop(CmpOp o) {
        switch (o) {
            case EQ: return "Eq()";
            case NOTEQ: return "NotEq()";
            case LT: return "Lt()";
            case LTE: return "LtE()";
            case GT: return "Gt()";
            case GTE: return "GtE()";
            case IS: return "Is()";
            case ISNOT: return "IsNot()";
            case IN: return "In()";
            default: return "NotIn()";
        }
    }

    // ---- Python 2.7 reprs -----------------------------------------------------------------------

    /** repr() of a 2.7 str held as one char per byte. */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') b.append('\\').append(c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < ' ' || c >= 0x7f) b.append(String.format("\\x%02x", (int) c & 0xff));
            else b.append(c);
        }
        return b.append(quote).toString();
    }

    /** repr() of a 2.7 unicode (UCS-4 build). */
    public static String unicodeRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 3);
        b.append('u').append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < ' ' || (c >= 0x7f && c < 0x100)) b.append(String.format("\\x%02x", c));
            else if (c >= 0x100 && c < 0x10000) b.append(String.format("\\u%04x", c));
            else if (c >= 0x10000) b.append(String.format("\\U%08x", c));
            else b.append((char) c);
        }
        return b.append(quote).toString();
    }

    static String numRepr(Object v) {
        if (v instanceof Long l) return Long.toString(l);
        if (v instanceof BigInteger b) return b.toString() + "L";
        if (v instanceof Double d) return floatRepr(d, true);
        if (v instanceof Ast.Imag im) return floatRepr(im.value(), false) + "j";
        return String.valueOf(v);
    }

    /** float repr ('r' format); {@code addDot0} as for float, not for a complex's part. */
    public static String floatRepr(double d, boolean addDot0) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) return sign + (addDot0 ? "0.0" : "0");
        String digits = null;
        int decpt = 0;
        for (int p = 1; p <= 17; p++) {
            String e = String.format("%." + (p - 1) + "e", a);
            if (Double.parseDouble(e) == a) {
                int ei = e.indexOf('e');
                digits = e.substring(0, ei).replace(".", "");
                decpt = Integer.parseInt(e.substring(ei + 1)) + 1;
                break;
            }
        }
        if (digits == null) {
            BigDecimal bd = new BigDecimal(a);
            digits = bd.unscaledValue().toString();
            decpt = digits.length() - bd.scale();
        }
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        int n = digits.length();
        StringBuilder b = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (n > 1) b.append('.').append(digits, 1, n);
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) b.append('0');
            b.append(ae);
        } else if (decpt <= 0) {
            b.append("0.");
            for (int i = 0; i < -decpt; i++) b.append('0');
            b.append(digits);
        } else if (decpt >= n) {
            b.append(digits);
            for (int i = n; i < decpt; i++) b.append('0');
            if (addDot0) b.append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return b.toString();
    }
}
