package market.atelier.shared;

import jakarta.ejb.ApplicationException;

/**
 * Someone asked to read or change what is not theirs (another artisan's shop, listing or order, whatever id the
 * request carried). Nothing is changed; pages answer 404, so nobody learns what exists.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String what) {
        super(what);
    }
}
