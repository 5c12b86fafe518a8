package juece.facts;

/**
 * Which dossier a fact belongs to. Equal only to itself: two dossiers alike in every field are still
 * two dossiers. Several dossiers share one rule session, so every rule that joins facts joins them
 * on this key ({@code dossier == $dossier}).
 */
public final class DossierKey {
}
