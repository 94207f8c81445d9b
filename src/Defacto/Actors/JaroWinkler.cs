namespace Defacto.Actors;

/// <summary>Jaro-Winkler string similarity (0..1), used to match misspelled names.</summary>
public static class JaroWinkler
{
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a == b) return 1;
        int window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int lo = Math.Max(0, i - window), hi = Math.Min(b.Length - 1, i + window);
            for (int j = lo; j <= hi; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        int transpositions = 0, k = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        double jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
