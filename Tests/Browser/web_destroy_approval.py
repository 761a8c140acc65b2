#!/usr/bin/env python3
"""Destruction under a second administrator's approval, and re-keying, in a
real browser, in the Kyrgyz interface (issue 20).

Started by WebBrowserTests (theDestructionWithApprovalInKyrgyz) on a vault
whose policy says `destruction: {approval: second-administrator}`, with
Admin and Second (administrators cleared internal) and Liaison (a State
member). The browser asks for Kyrgyz (Accept-Language: ky) throughout:

  Admin unlocks; on INT-2014-044's page follows Destroy, reads the
  confirmation (the approval rule, what is lost, what cannot be recalled),
  types the reason and the id, and asks; the document is still listed and
  the request is on the approvals page, with no Approve button for its own
  asker. Lock; Second unlocks, approves it on the approvals page after its
  confirmation; the document is no longer listed. Second then removes
  Liaison on the members page and re-encrypts (the confirmation naming each
  level, then the page that follows the work until it is done).

The helpers (axe-core on every page, screenshots into TAMGA_WEB_SCREENSHOTS,
submit, check) and the environment are web_workflow.py's.
"""

import json
import sys
import time

import web_workflow as w
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def unlock(driver, member):
    driver.get(w.BASE + "/unlock")
    w.page_ready(driver)
    driver.find_element(By.ID, "member").send_keys(member)
    driver.find_element(By.ID, "passphrase").send_keys(w.PASSPHRASE)
    w.submit(driver, "form[action='/unlock']")
    w.check(driver.current_url.endswith("/documents"), f"{member} did not unlock: {driver.current_url}")


def listed(driver, document):
    driver.get(w.BASE + "/documents")
    w.page_ready(driver)
    return document in w.text(driver)


def flow(driver):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Accept-Language": "ky"}})
    driver.get(w.ADDRESS)
    WebDriverWait(driver, 30).until(lambda d: d.current_url.endswith("/unlock"))
    w.check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ky", "the page is not marked lang=ky")
    w.check("Сактагычтын кулпусун ачуу" in w.text(driver), f"the unlock page is not in Kyrgyz: {w.text(driver)[:200]}")
    unlock(driver, "Admin")

    # Admin asks for the destruction from the document's page.
    driver.get(w.BASE + "/documents/INT-2014-044")
    w.page_ready(driver)
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "a[href='/documents/INT-2014-044/destroy']").click()
    WebDriverWait(driver, 30).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id)
    w.visit(driver, "18-destroy-confirm")
    shown = w.text(driver)
    w.check(driver.find_elements(By.ID, "approval-needed") != [], "the confirmation does not say the policy asks for a second administrator")
    w.check("Эмнени кайтарып алууга болбойт" in shown and "datakeys/" in shown, f"the confirmation does not say what cannot be recalled: {shown[:600]}")
    driver.find_element(By.ID, "reason").send_keys("retention: 5 years")
    driver.find_element(By.ID, "typed").send_keys("INT-2014-044")
    w.submit(driver, "#destroy-form")
    w.check("INT-2014-044 документин жок кылуу суралды" in w.text(driver), f"the request was not made: {w.text(driver)[:400]}")
    w.visit(driver, "18a-destroy-asked")
    w.check(listed(driver, "INT-2014-044"), "asking destroyed the document")
    w.visit(driver, "18b-approvals", "/approvals")
    w.check("retention: 5 years" in w.text(driver), "the request is not on the approvals page")
    w.check(driver.find_elements(By.CSS_SELECTOR, "form[action='/approvals/destroy']") == [], "the asker is offered Approve")

    # Second approves it.
    w.submit(driver, "form[action='/lock']")
    unlock(driver, "Second")
    driver.get(w.BASE + "/approvals")
    w.page_ready(driver)
    w.submit(driver, "form[action='/approvals/destroy']")
    w.visit(driver, "18c-approve-confirm")
    w.check("retention: 5 years" in w.text(driver), "the approval's confirmation does not give the reason")
    w.submit(driver, "#confirm-form")
    w.check("INT-2014-044 документи жок кылынды" in w.text(driver), f"the approval did not destroy: {w.text(driver)[:400]}")
    w.visit(driver, "18d-destroyed")
    w.check(not listed(driver, "INT-2014-044"), "the destroyed document is still listed")

    # Second removes Liaison, then re-encrypts on the members page.
    driver.get(w.BASE + "/members")
    w.page_ready(driver)
    w.submit(driver, "form[action='/members/remove']:has(input[value='Liaison'])")
    w.submit(driver, "#confirm-form")
    w.check("Liaison чыгарылды" in w.text(driver), f"Liaison was not removed: {w.text(driver)[:400]}")
    w.submit(driver, "#rekey-form")
    w.visit(driver, "19-rekey-confirm")
    w.check("state (эң жаңы ачкыч: 2-доор)" in w.text(driver), f"the rekey confirmation does not name state's new epoch: {w.text(driver)[:600]}")
    w.submit(driver, "#confirm-form")
    deadline = time.monotonic() + 120
    while not driver.find_elements(By.ID, "rekey-finished") and time.monotonic() < deadline:
        time.sleep(0.5)  # the page reloads itself every 3 seconds
    w.check(driver.find_elements(By.ID, "rekey-finished") != [], f"the rekey page never said it was done: {w.text(driver)[:400]}")
    w.page_ready(driver)
    w.visit(driver, "19a-rekey-done")
    w.check("кайра шифрленди" in w.text(driver) and not driver.find_elements(By.CSS_SELECTOR, "[role=alert]"),
            f"the rekey did not report its work: {w.text(driver)[:600]}")


def main():
    driver, _ = w.browser()
    try:
        flow(driver)
    except TimeoutException as error:
        w.failures.append(f"timed out at {driver.current_url}: {error.msg}")
    except Exception as error:  # any other failure ends the flow, reported with where it stood
        w.failures.append(f"{type(error).__name__} at {driver.current_url}: {error}")
    finally:
        driver.quit()
    failing = 0
    for page, found in sorted(w.accessibility.items()):
        for impact, rule, help_text, targets in found:
            print(f"axe {page}: {impact} {rule}: {help_text} at {targets}")
            if impact in ("moderate", "serious", "critical"):
                failing += 1
    w.check(failing == 0, f"{failing} moderate, serious or critical accessibility violations (axe-core)")
    print(json.dumps({"pages_checked": w.audited, "failures": len(w.failures), "seconds": round(time.monotonic() - w.STARTED, 1)}))
    for failure in w.failures:
        print(f"failure: {failure}")
    sys.exit(1 if w.failures else 0)


if __name__ == "__main__":
    main()
