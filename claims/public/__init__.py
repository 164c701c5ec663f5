"""
The public site of claims: a page per claim, the claims index, the Atom feed, the embeddable
card and the oEmbed endpoint. Anyone may read them without an account; they show what an
anonymous API client reads (published claims, retracted ones marked), whoever is signed in,
so a page is the same for everyone and may be cached.
"""
