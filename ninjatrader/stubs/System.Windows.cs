// Compile-check stub of the WPF types the NinjaScript files use (Mono has no WPF). Not for NinjaTrader.
namespace System.Windows
{
    public enum TextAlignment { Left, Right, Center, Justify }
}

namespace System.Windows.Media
{
    public struct Color
    {
        public byte A, R, G, B;
        public static Color FromRgb(byte r, byte g, byte b) { return new Color { A = 255, R = r, G = g, B = b }; }
        public static Color FromArgb(byte a, byte r, byte g, byte b) { return new Color { A = a, R = r, G = g, B = b }; }
    }

    public abstract class Brush
    {
        public double Opacity { get; set; }
        public bool IsFrozen { get { return false; } }
        public void Freeze() { }
        public Brush Clone() { return null; }
    }

    public sealed class SolidColorBrush : Brush
    {
        public SolidColorBrush() { }
        public SolidColorBrush(Color color) { Color = color; }
        public Color Color { get; set; }
    }

    public static class Brushes
    {
        public static SolidColorBrush Black { get { return null; } }
        public static SolidColorBrush Blue { get { return null; } }
        public static SolidColorBrush DimGray { get { return null; } }
        public static SolidColorBrush DodgerBlue { get { return null; } }
        public static SolidColorBrush Gold { get { return null; } }
        public static SolidColorBrush Gray { get { return null; } }
        public static SolidColorBrush Green { get { return null; } }
        public static SolidColorBrush IndianRed { get { return null; } }
        public static SolidColorBrush Lime { get { return null; } }
        public static SolidColorBrush LimeGreen { get { return null; } }
        public static SolidColorBrush Magenta { get { return null; } }
        public static SolidColorBrush MediumSeaGreen { get { return null; } }
        public static SolidColorBrush Orange { get { return null; } }
        public static SolidColorBrush OrangeRed { get { return null; } }
        public static SolidColorBrush Red { get { return null; } }
        public static SolidColorBrush Transparent { get { return null; } }
        public static SolidColorBrush White { get { return null; } }
    }
}
