// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>
    /// A small strict JSON reader for the server's answers (replaces the original's `dynamic` parsing, which
    /// threw across threads). Objects become Dictionary&lt;string, object&gt;, arrays List&lt;object&gt;, numbers
    /// double, plus string, bool and null. Throws FormatException on malformed input.
    /// </summary>
    public sealed class MiniJson
    {
        private readonly string text;
        private int at;

        private MiniJson(string text)
        {
            this.text = text;
        }

        public static object Parse(string json)
        {
            if (json == null)
                throw new FormatException("no JSON text");
            MiniJson reader = new MiniJson(json);
            reader.SkipSpace();
            object value = reader.ReadValue(0);
            reader.SkipSpace();
            if (reader.at != json.Length)
                throw new FormatException("unexpected text after the JSON value at " + reader.at);
            return value;
        }

        private object ReadValue(int depth)
        {
            if (depth > 32)
                throw new FormatException("JSON nested too deeply");
            if (at >= text.Length)
                throw new FormatException("unexpected end of JSON");
            char c = text[at];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return ReadString();
                case 't': Expect("true"); return true;
                case 'f': Expect("false"); return false;
                case 'n': Expect("null"); return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                        return ReadNumber();
                    throw new FormatException("unexpected '" + c + "' at " + at);
            }
        }

        private Dictionary<string, object> ReadObject(int depth)
        {
            Dictionary<string, object> result = new Dictionary<string, object>(StringComparer.Ordinal);
            at++;
            SkipSpace();
            if (Peek() == '}')
            {
                at++;
                return result;
            }
            while (true)
            {
                SkipSpace();
                if (Peek() != '"')
                    throw new FormatException("expected a field name at " + at);
                string name = ReadString();
                SkipSpace();
                if (Peek() != ':')
                    throw new FormatException("expected ':' at " + at);
                at++;
                SkipSpace();
                result[name] = ReadValue(depth + 1);
                SkipSpace();
                char c = Peek();
                at++;
                if (c == '}')
                    return result;
                if (c != ',')
                    throw new FormatException("expected ',' or '}' at " + (at - 1));
            }
        }

        private List<object> ReadArray(int depth)
        {
            List<object> result = new List<object>();
            at++;
            SkipSpace();
            if (Peek() == ']')
            {
                at++;
                return result;
            }
            while (true)
            {
                SkipSpace();
                result.Add(ReadValue(depth + 1));
                SkipSpace();
                char c = Peek();
                at++;
                if (c == ']')
                    return result;
                if (c != ',')
                    throw new FormatException("expected ',' or ']' at " + (at - 1));
            }
        }

        private string ReadString()
        {
            StringBuilder s = new StringBuilder();
            at++; // opening quote
            while (true)
            {
                if (at >= text.Length)
                    throw new FormatException("unterminated string");
                char c = text[at++];
                if (c == '"')
                    return s.ToString();
                if (c != '\\')
                {
                    s.Append(c);
                    continue;
                }
                if (at >= text.Length)
                    throw new FormatException("unterminated escape");
                char e = text[at++];
                switch (e)
                {
                    case '"': s.Append('"'); break;
                    case '\\': s.Append('\\'); break;
                    case '/': s.Append('/'); break;
                    case 'b': s.Append('\b'); break;
                    case 'f': s.Append('\f'); break;
                    case 'n': s.Append('\n'); break;
                    case 'r': s.Append('\r'); break;
                    case 't': s.Append('\t'); break;
                    case 'u':
                        if (at + 4 > text.Length)
                            throw new FormatException("short \\u escape");
                        s.Append((char)int.Parse(text.Substring(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        at += 4;
                        break;
                    default:
                        throw new FormatException("bad escape \\" + e);
                }
            }
        }

        private double ReadNumber()
        {
            int start = at;
            while (at < text.Length && "+-0123456789.eE".IndexOf(text[at]) >= 0)
                at++;
            double value;
            if (!double.TryParse(text.Substring(start, at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                throw new FormatException("bad number at " + start);
            return value;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
                throw new FormatException("expected " + word + " at " + at);
            at += word.Length;
        }

        private char Peek()
        {
            return at < text.Length ? text[at] : '\0';
        }

        private void SkipSpace()
        {
            while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
                at++;
        }

        /// <summary>Field of an object as a string, or null.</summary>
        public static string Text(IDictionary<string, object> o, string field)
        {
            object v;
            return o != null && o.TryGetValue(field, out v) ? v as string : null;
        }

        /// <summary>Field of an object as a number, or fallback.</summary>
        public static double Number(IDictionary<string, object> o, string field, double fallback)
        {
            object v;
            return o != null && o.TryGetValue(field, out v) && v is double ? (double)v : fallback;
        }

        /// <summary>Field of an object as a bool, or fallback.</summary>
        public static bool Flag(IDictionary<string, object> o, string field, bool fallback)
        {
            object v;
            return o != null && o.TryGetValue(field, out v) && v is bool ? (bool)v : fallback;
        }

        public static IDictionary<string, object> Object(IDictionary<string, object> o, string field)
        {
            object v;
            return o != null && o.TryGetValue(field, out v) ? v as IDictionary<string, object> : null;
        }

        public static IList<object> Array(IDictionary<string, object> o, string field)
        {
            object v;
            return o != null && o.TryGetValue(field, out v) ? v as IList<object> : null;
        }
    }
}
