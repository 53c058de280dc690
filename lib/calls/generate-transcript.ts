// Conversations for generated calls: `AI:` / `Customer:` turns, built from a scenario's beats
// plus small talk, so lengths and wording vary like real calls.
import type { Random } from "./random";

export type Scenario =
  | "PAYMENT PROMISE"
  | "PAYMENT EXTENSION"
  | "CALL BACK REQUESTED"
  | "WRONG NUMBER"
  | "NOT INTERESTED"
  | "PAYMENT COMPLETED"
  | "VOICEMAIL"
  | "DISPUTE"
  | "DO NOT CALL"
  | "NO ANSWER";

type Story = {
  transcript: string;
  summary: string;
  outcomeReasoning: string;
  sentimentReasoning: (sentiment: string) => string;
};

const FIRST_NAMES = ["Maria", "James", "Aisha", "Carlos", "Priya", "Thomas", "Fatima", "Daniel", "Sofia", "Omar", "Emily", "Hans", "Lucia", "Rahul"];
const LAST_NAMES = ["Garcia", "Smith", "Al Mansouri", "Hernandez", "Patel", "Müller", "Johnson", "Khan", "Lopez", "Brown", "Schmidt", "Sharma"];
const CREDITORS = ["Northwind Finance", "Crescent Bank", "Atlas Auto Loans", "Bluebird Cards", "Harbor Credit Union"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const SMALL_TALK: readonly (readonly [string, string])[] = [
  ["Is now a good time to talk for a couple of minutes?", "I have a few minutes, go ahead."],
  ["Before we continue, can you confirm your date of birth for security?", "Sure, it's the one you have on file."],
  ["I can see the account has been open for a while. Has anything changed with your contact details?", "No, everything is the same."],
  ["Just so you know, this call may be recorded for quality purposes.", "That's fine."],
  ["Can you hear me clearly?", "Yes, I can hear you."],
];

function money(r: Random): string {
  return `$${r.int(80, 2400)}.${String(r.int(0, 99)).padStart(2, "0")}`;
}

export function transcriptFor(scenario: Scenario, r: Random): Story {
  const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
  const first = name.split(" ")[0]!;
  const creditor = r.pick(CREDITORS);
  const amount = money(r);
  const day = r.pick(WEEKDAYS);
  const opening: [string, string][] = [
    [`Hello, this is an automated assistant calling on behalf of ${creditor}. Am I speaking with ${name}?`, `Yes, this is ${first}.`],
    // The debt-collector disclosure (FDCPA 807(11)), which a few calls leave out.
    [`Thank you, ${first}. ${r.chance(0.93) ? "This is an attempt to collect a debt, and any information obtained will be used for that purpose. " : ""}I'm calling about your account, which has an overdue balance of ${amount}.`, r.pick(["Okay, I know.", "Right, I was expecting a call.", "Oh. I thought I had paid that."])],
  ];
  const talk = Array.from({ length: r.int(0, 3) }, () => r.pick(SMALL_TALK));
  let beats: [string, string][];
  let summary: string;
  let reasoning: string;

  switch (scenario) {
    case "PAYMENT PROMISE":
      beats = [
        ["Would you be able to make a payment towards the balance?", `I get paid on ${day}. I can pay the full ${amount} then.`],
        [`Great. So I'll note a payment of ${amount} on ${day}. Is that correct?`, "Yes, that's right, I'll pay it on " + day + "."],
        ["I'll send you a confirmation by text with the payment link.", "Perfect, thank you."],
      ];
      summary = `${first} promised to pay ${amount} on ${day}.`;
      reasoning = `The customer explicitly committed to paying ${amount} on ${day} and confirmed the date when asked.`;
      break;
    case "PAYMENT EXTENSION":
      beats = [
        ["Would you be able to make a payment towards the balance?", "Not right now. I lost some hours at work this month."],
        ["I understand. Would more time help?", `If I could have until the end of next month I could pay ${amount} in two parts.`],
        ["I can request an extension for you. You'll receive the new schedule by email.", "Thank you, that would really help."],
      ];
      summary = `${first} asked for an extension and proposed paying ${amount} in two instalments.`;
      reasoning = "The customer could not pay now and asked for more time, proposing a split payment at a later date.";
      break;
    case "CALL BACK REQUESTED":
      beats = [
        ["Would you be able to discuss a payment today?", "I'm driving right now, can you call me back later?"],
        ["Of course. When is a better time?", `${day} afternoon, after three.`],
        [`I'll arrange a call back on ${day} after 3 PM.`, "Thanks."],
      ];
      summary = `${first} asked to be called back on ${day} afternoon.`;
      reasoning = `The customer was busy and explicitly requested a call back on ${day} afternoon.`;
      break;
    case "WRONG NUMBER":
      opening.splice(1);
      opening[0] = [`Hello, this is an automated assistant calling on behalf of ${creditor}. Am I speaking with ${name}?`, "No, there's nobody by that name here."];
      beats = [
        ["I apologise. Do you know how I could reach them?", "No idea, I've had this number for two years."],
        ["Thank you for letting me know. I'll update our records. Have a good day.", "Bye."],
      ];
      summary = "The person who answered does not know the customer; wrong number.";
      reasoning = "The person who answered stated that the customer does not use this number.";
      break;
    case "NOT INTERESTED":
      beats = [
        ["Would you be able to make a payment towards the balance?", "I'm not interested in talking about this."],
        ["I understand. Is there anything that would make it easier to resolve?", "No. Please stop calling me."],
        ["I'll note that. You can reach us any time if you change your mind.", "Goodbye."],
      ];
      summary = `${first} declined to discuss the balance.`;
      reasoning = "The customer refused to discuss the debt and ended the conversation.";
      break;
    case "PAYMENT COMPLETED":
      beats = [
        ["Would you be able to make a payment towards the balance?", "Yes, I'd like to pay it all now to get it over with."],
        ["I'm sending a secure payment link by text. Let me know when it arrives.", "Got it. Paying now... Done."],
        [`Thank you, ${first}. I can confirm the payment of ${amount} was received.`, "Great, thanks for your help."],
      ];
      summary = `${first} paid ${amount} during the call.`;
      reasoning = `The customer completed the payment of ${amount} during the call and it was confirmed.`;
      break;
    case "DISPUTE":
      beats = [
        ["Would you be able to make a payment towards the balance?", "I don't owe that. I returned the product and was promised a refund."],
        ["I'm sorry to hear that. Do you have a reference for the return?", "Yes, I have the receipt somewhere."],
        ["I'll open a dispute and a specialist will contact you. Collection is paused meanwhile.", "Okay, good."],
      ];
      summary = `${first} disputes the debt, saying the product was returned.`;
      reasoning = "The customer disputes owing the balance; this is neither a promise nor a refusal.";
      break;
    case "DO NOT CALL":
      beats = [["Would you be able to discuss the account?", "Take me off your list. Do not call this number again."]];
      summary = `${first} asked not to be called again.`;
      reasoning = "The customer explicitly asked to be removed from the calling list.";
      break;
    case "VOICEMAIL":
      return {
        transcript: `AI: Hello, this message is for ${name}. This is an automated assistant calling on behalf of ${creditor} about your account. Please call us back at your earliest convenience. Thank you.`,
        summary: "Reached voicemail; left a message.",
        outcomeReasoning: "The call went to voicemail and a message was left; no conversation took place.",
        sentimentReasoning: () => "No live conversation, so no sentiment could be judged.",
      };
    case "NO ANSWER":
      return {
        transcript: "",
        summary: "The call was not answered.",
        outcomeReasoning: "Nobody answered the call.",
        sentimentReasoning: () => "No conversation took place.",
      };
  }

  const turns = [...opening, ...talk, ...beats].flatMap(([ai, customer]) => [`AI: ${ai}`, `Customer: ${customer}`]);
  return {
    transcript: turns.join("\n"),
    summary,
    outcomeReasoning: reasoning,
    sentimentReasoning: (sentiment) =>
      sentiment === "POSITIVE"
        ? "The customer was cooperative and engaged throughout, and thanked the assistant."
        : sentiment === "NEGATIVE"
          ? "The customer sounded frustrated and gave short, dismissive answers."
          : "The customer was calm and matter-of-fact, neither warm nor hostile.",
  };
}
